/// The Frictionless Data Package beside the CSVs: one resource per table, each with its Table
/// Schema (types, required fields, enums, missing values, primary and foreign keys), a licence and
/// the source documents — what an open-data portal needs to publish the tables as they are.
public enum DataPackage {
    public struct License: Sendable, Equatable {
        public var name: String
        public var path: String
        public var title: String

        public static let ccBy = License(name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0")

        /// A licence by its SPDX-like name; unknown names keep the name alone.
        public static func named(_ name: String) -> License {
            let known: [String: License] = [
                "CC-BY-4.0": .ccBy,
                "CC0-1.0": License(name: "CC0-1.0", path: "https://creativecommons.org/publicdomain/zero/1.0/", title: "CC0 1.0"),
                "IODL-2.0": License(name: "IODL-2.0", path: "https://www.dati.gov.it/content/italian-open-data-license-v20", title: "Italian Open Data License 2.0"),
                "CC-BY-SA-4.0": License(name: "CC-BY-SA-4.0", path: "https://creativecommons.org/licenses/by-sa/4.0/", title: "Creative Commons Attribution-ShareAlike 4.0"),
            ]
            return known[name.uppercased()] ?? known[name] ?? License(name: name, path: "", title: name)
        }
    }

    public static func json(_ documents: [DocumentInfo], options: CSVOptions, license: License) -> JSONValue {
        var licenseJSON: [String: JSONValue] = ["name": .string(license.name), "title": .string(license.title)]
        if !license.path.isEmpty { licenseJSON["path"] = .string(license.path) }
        return .object([
            "profile": .string("tabular-data-package"),
            "name": .string("piao-dataset"),
            "title": .string("Obiettivi, indicatori, target e revisioni dei piani delle Camere di commercio"),
            "description": .string("Objectives, indicators, targets, resources and revisions read from PIAO, PIAO revisions and PIRA documents, with weight checks. Made by piao."),
            "licenses": .array([.object(licenseJSON)]),
            "sources": .array(documents.map { document in
                .object(["title": .string(document.title ?? document.id), "path": .string(document.file)])
            }),
            "resources": .array(TableSpecs.all.map { resource($0, options: options) }),
        ])
    }

    private static func resource(_ spec: TableSpec, options: CSVOptions) -> JSONValue {
        .object([
            "name": .string(spec.name), "title": .string(spec.title), "path": .string(spec.name + ".csv"),
            "profile": .string("tabular-data-resource"), "format": .string("csv"), "mediatype": .string("text/csv"),
            "encoding": .string(options.excel ? "utf-8-sig" : "utf-8"),
            "dialect": .object(["delimiter": .string(String(options.delimiter)), "header": .bool(true), "doubleQuote": .bool(true),
                                "lineTerminator": .string("\r\n")]),
            "schema": .object([
                "fields": .array(spec.columns.map { field($0, options: options) }),
                "missingValues": .array([.string("")]),
                "primaryKey": .array(spec.primaryKey.map(JSONValue.string)),
                "foreignKeys": .array(spec.foreignKeys.map { key in
                    .object(["fields": .array(key.fields.map(JSONValue.string)),
                             "reference": .object(["resource": .string(key.table), "fields": .array(key.reference.map(JSONValue.string))])])
                }),
            ]),
        ])
    }

    private static func field(_ column: TableSpec.Column, options: CSVOptions) -> JSONValue {
        var field: [String: JSONValue] = ["name": .string(column.name), "type": .string(column.type.rawValue), "description": .string(column.description)]
        var constraints: [String: JSONValue] = [:]
        if column.required { constraints["required"] = .bool(true) }
        if let values = column.values { constraints["enum"] = .array(values.map(JSONValue.string)) }
        if !constraints.isEmpty { field["constraints"] = .object(constraints) }
        if column.type == .number, options.decimalComma { field["decimalChar"] = .string(",") }
        return .object(field)
    }
}
