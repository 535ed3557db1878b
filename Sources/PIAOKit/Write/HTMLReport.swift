/// One self-contained page (inline CSS, no network, works from file://) for a person to read:
/// per document the objectives with their weights as bars, the failing checks with their sums
/// and members, and every revision as a redline — old struck, new highlighted, note and source line.
public enum HTMLReport {
    public static func render(_ datasets: [Dataset]) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="it"><head><meta charset="utf-8"><title>piao — report</title>
        <style>\(style)</style></head><body>
        <h1>piao — obiettivi, pesi e revisioni</h1>
        <p class="lead">\(datasets.count) documenti · \(datasets.reduce(0) { $0 + $1.revisions.count }) revisioni · \(datasets.reduce(0) { $0 + $1.checks.filter { $0.status == .fail }.count }) verifiche non superate</p>
        <nav><ul>\(datasets.map { "<li><a href=\"#\(escape($0.document.id))\">\(escape($0.document.title ?? $0.document.id))</a></li>" }.joined())</ul></nav>

        """
        for dataset in datasets { html += document(dataset) }
        html += "</body></html>\n"
        return html
    }

    private static func document(_ dataset: Dataset) -> String {
        let info = dataset.document
        var html = "<section class=\"document\" id=\"\(escape(info.id))\">\n"
        html += "<h2>\(escape(info.title ?? info.id))</h2>\n"
        html += "<p class=\"meta\">\(escape(info.entity ?? "—")) · \(info.kind.rawValue) · \(info.period.map { "\($0.start)–\($0.end)" } ?? "periodo non indicato") · <code>\(escape(info.file))</code></p>\n"
        let failing = dataset.checks.filter { $0.status == .fail }
        html += "<h3>Verifiche dei pesi</h3>\n"
        if failing.isEmpty {
            html += "<p class=\"ok\">Nessuna verifica fallita (\(dataset.checks.filter { $0.status == .pass }.count) superate, \(dataset.checks.filter { $0.status == .skipped }.count) non giudicate).</p>\n"
        } else {
            html += "<table class=\"checks\"><tr><th>verifica</th><th>ambito</th><th>fase</th><th>somma</th><th>membri</th><th>messaggio</th></tr>\n"
            for check in failing {
                html += "<tr class=\"fail\"><td>\(check.rule)</td><td>\(escape(check.scope))</td><td>\(check.phase.rawValue)</td>"
                    + "<td class=\"sum\">\(check.sum.map(JSONNumber.format) ?? "—") / \(JSONNumber.format(check.expected))</td>"
                    + "<td>\(check.members.map(escape).joined(separator: ", "))</td><td>\(escape(check.message))</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += "<h3>Obiettivi</h3>\n<ul class=\"tree\">\n"
        let children = Dictionary(grouping: dataset.objectives.filter { $0.parent != nil }, by: { $0.parent! })
        for objective in dataset.objectives where objective.parent == nil || !dataset.objectives.contains(where: { $0.id == objective.parent }) {
            html += node(objective, children: children)
        }
        html += "</ul>\n<h3>Revisioni</h3>\n"
        if dataset.revisions.isEmpty {
            html += "<p>Nessuna revisione trovata.</p>\n"
        } else {
            html += "<table class=\"revisions\"><tr><th>elemento</th><th>campo</th><th>modifica</th><th>nota</th><th>riga</th></tr>\n"
            for revision in dataset.revisions {
                let old = revision.original.map { "<del>\(escape($0))</del>" } ?? ""
                let new = revision.current.map { "<ins>\(escape($0))</ins>" } ?? ""
                html += "<tr class=\"revision\"><td>\(escape(revision.indicator ?? revision.objective))</td><td>\(escape(revision.field))</td>"
                    + "<td class=\"redline\">\(old) \(new) <span class=\"evidence\">\(revision.evidence.rawValue)</span></td>"
                    + "<td class=\"note\">\(escape(revision.note ?? ""))</td><td class=\"line\">\(revision.line)</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</section>\n"
    }

    private static func node(_ objective: Objective, children: [String: [Objective]]) -> String {
        var html = "<li class=\"objective \(objective.status.rawValue)\"><div class=\"row\">"
        html += "<span class=\"id\">\(escape(objective.id))</span> <span class=\"title\">\(escape(objective.title.current ?? objective.title.original ?? ""))</span>"
        html += bar(objective.weight) + "</div>"
        if !objective.indicators.isEmpty {
            html += "<ul class=\"indicators\">"
            for indicator in objective.indicators {
                html += "<li class=\"indicator \(indicator.status.rawValue)\"><span class=\"title\">\(escape(indicator.name.current ?? indicator.name.original ?? ""))</span>\(bar(indicator.weight))</li>"
            }
            html += "</ul>"
        }
        if let nested = children[objective.id], !nested.isEmpty {
            html += "<ul>" + nested.map { node($0, children: children) }.joined() + "</ul>"
        }
        return html + "</li>\n"
    }

    /// The weight as a bar: the original as an outline, the current filled.
    private static func bar(_ weight: Revisable<Double>?) -> String {
        guard let weight else { return "" }
        let current = weight.current.map { min(max($0, 0), 100) }
        let original = weight.original.map { min(max($0, 0), 100) }
        var html = "<span class=\"bar\" title=\"peso\">"
        if let original, weight.isRevised { html += "<span class=\"was\" style=\"width:\(JSONNumber.format(original))%\"></span>" }
        if let current { html += "<span class=\"now\" style=\"width:\(JSONNumber.format(current))%\"></span>" }
        html += "</span><span class=\"weight\">"
        if weight.isRevised {
            html += "<del>\(weight.original.map(JSONNumber.format) ?? "—")</del> <ins>\(weight.current.map(JSONNumber.format) ?? "—")</ins>%"
        } else {
            html += (weight.current.map(JSONNumber.format) ?? "—") + "%"
        }
        return html + "</span>"
    }

    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    private static let style = """
    body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222;padding:0 1rem}
    h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #335;padding-bottom:.2rem}.meta,.lead{color:#555}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}td,th{border:1px solid #ccd;padding:.25rem .4rem;vertical-align:top;text-align:left}
    th{background:#eef}tr.fail td{background:#fde8e8}td.sum{font-weight:bold;color:#a00;white-space:nowrap}
    del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none;font-weight:600}
    .evidence{font-size:.75rem;color:#777;margin-left:.3rem}.note{font-size:.85rem;color:#444}.line{text-align:right;color:#777}
    ul.tree,ul.tree ul{list-style:none;padding-left:1.2rem}.row{display:flex;gap:.5rem;align-items:center}
    .id{font-family:monospace;color:#557;min-width:6rem}.title{flex:1}
    .bar{display:inline-block;position:relative;width:8rem;height:.7rem;background:#eee;border-radius:2px;margin-left:.5rem}
    .bar .now{position:absolute;left:0;top:0;bottom:0;background:#4a6fb5;border-radius:2px}
    .bar .was{position:absolute;left:0;top:-2px;bottom:-2px;border:2px dashed #c55;border-radius:2px;box-sizing:border-box}
    .weight{font-size:.85rem;min-width:5rem;display:inline-block}.removed>.row .title,.indicator.removed .title{text-decoration:line-through;color:#999}
    .added>.row .title,.indicator.added .title{background:#dfd}.indicators{font-size:.9rem;color:#333}
    .indicators li{display:flex;align-items:center;gap:.3rem}.ok{color:#060}
    """
}
