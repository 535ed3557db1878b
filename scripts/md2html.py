#!/usr/bin/env python3
"""Convert a corpus markdown/inline-HTML file to a printable HTML page.

Tab-separated rows (the corpus's table notation) become HTML <table>s:
consecutive lines containing a tab form one table; trailing empty cells
are folded into a colspan on the last non-empty cell.  Everything else
goes through python-markdown (inline HTML such as <del>/<b> kept as is).
LaTeX snippets ($\\geq 15$, <math>..</math>) become Unicode, as a PDF
would print them.
"""
import re, sys, html
import markdown, os
VALIGN = os.environ.get('VALIGN')  # e.g. 'top': <td valign=top> (LibreOffice centres by default)

def latex(s):
    def conv(m):
        t = m.group(1)
        t = t.replace('\\geq', '≥').replace('\\leq', '≤').replace('\\%', '%')
        t = t.replace('^*', '*').replace('\\times', '×')
        return t.strip()
    s = re.sub(r'<math>(.*?)</math>', conv, s)
    s = re.sub(r'\$([^$\n]{1,40}?)\$', conv, s)
    return s

def inline_md(cell):
    # cells are kept as printed: only **bold** / *italic* markup is turned
    # into HTML, and a bare "<" (as in "<= 5") is escaped
    cell = cell.strip()
    cell = re.sub(r'<(?![A-Za-z/!])', '&lt;', cell)
    cell = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', cell)
    cell = re.sub(r'(?<![\w*\\])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])', r'<i>\1</i>', cell)
    cell = cell.replace('\\*', '*')
    return cell

def table_html(rows):
    cells = [r.rstrip('\n').split('\t') for r in rows]
    ncols = max(len(c) for c in cells)
    out = ['<table border="1" cellspacing="0" cellpadding="2" width="100%">']
    # column widths: every column at least as wide as its longest word
    # (so "≥ 80%" never wraps letter by letter), the rest by amount of text
    def plain(x):
        return re.sub(r'<[^>]+>', '', x)
    need = [0.0] * ncols
    text = [0.0] * ncols
    for c in cells:
        cc = [x for x in c]
        while len(cc) > 1 and cc[-1].strip() == '':
            cc.pop()
        for i, x in enumerate(cc):
            if i == len(cc) - 1 and len(cc) < ncols:
                continue
            p = plain(x)
            words = p.split()
            lw = max((len(w) for w in words), default=0)
            need[i] = max(need[i], min(lw, 16) * 5.2 + 8)
            text[i] += len(p)
    total = 480.0
    base = sum(need)
    if base < total:
        rest = total - base
        tt = sum(text) or 1
        w = [need[i] + rest * text[i] / tt for i in range(ncols)]
    else:
        w = [n * total / base for n in need]
    out.append('<colgroup>' + ''.join(f'<col width="{round(100 * x / total)}%">' for x in w) + '</colgroup>')
    for c in cells:
        while len(c) > 1 and c[-1].strip() == '':
            c.pop()
        out.append('<tr>')
        for i, x in enumerate(c):
            span = ncols - len(c) + 1 if i == len(c) - 1 else 1
            attr = f' colspan="{span}"' if span > 1 else ''
            if VALIGN:
                attr += f' valign="{VALIGN}"'
            out.append(f'<td{attr}>{inline_md(x)}</td>')
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)

def convert(text):
    text = latex(text)
    lines = text.split('\n')
    out, tables, i = [], [], 0
    while i < len(lines):
        if '\t' in lines[i]:
            j = i
            while j < len(lines) and '\t' in lines[j]:
                j += 1
            tables.append(table_html(lines[i:j]))
            out += ['', f'TABLEPLACEHOLDER{len(tables)-1}X', '']
            i = j
        else:
            out.append(lines[i]); i += 1
    body = markdown.markdown('\n'.join(out), extensions=['tables'])
    for k, t in enumerate(tables):
        body = body.replace(f'<p>TABLEPLACEHOLDER{k}X</p>', t)
        body = body.replace(f'TABLEPLACEHOLDER{k}X', t)
    return body

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0; }}
td, th {{ border: 1px solid black; padding: 2pt; vertical-align: top; font-size: 9pt; }}
del {{ text-decoration: line-through; }}
</style></head>
<body>
{body}
</body></html>
"""

if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    text = open(src, encoding='utf-8').read()
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(PAGE.format(title=html.escape(src), body=convert(text)))
