package cn.justice.gateway.report;

/**
 * Renders the small Markdown subset the report template uses (headings, paragraphs, "- " lists, pipe tables,
 * **bold**) as a self-contained HTML page. Text is escaped; nothing else is interpreted.
 */
public final class MarkdownHtml {
    private MarkdownHtml() {
    }

    public static String page(String title, String markdown) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:52em;margin:1em auto;padding:0 1em;line-height:1.7}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em}</style></head><body>\n");
        String[] lines = markdown.split("\n");
        boolean inList = false;
        boolean inTable = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.startsWith("- ") && inList) {
                html.append("</ul>\n");
                inList = false;
            }
            if (!line.startsWith("|") && inTable) {
                html.append("</table>\n");
                inTable = false;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int level = Math.min(6, line.indexOf(' ') > 0 ? line.indexOf(' ') : 1);
                html.append("<h").append(level).append('>').append(inline(line.substring(level).strip()))
                        .append("</h").append(level).append(">\n");
            } else if (line.startsWith("- ")) {
                if (!inList) {
                    html.append("<ul>\n");
                    inList = true;
                }
                html.append("<li>").append(inline(line.substring(2))).append("</li>\n");
            } else if (line.startsWith("|")) {
                if (line.replace("|", "").replace("-", "").replace(":", "").isBlank()) {
                    continue;
                }
                String tag = inTable ? "td" : "th";
                if (!inTable) {
                    html.append("<table>\n");
                    inTable = true;
                }
                html.append("<tr>");
                String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
                for (String cell : inner.split("\\|", -1)) {
                    html.append('<').append(tag).append('>').append(inline(cell.strip())).append("</").append(tag).append('>');
                }
                html.append("</tr>\n");
            } else {
                html.append("<p>").append(inline(line)).append("</p>\n");
            }
        }
        if (inList) {
            html.append("</ul>\n");
        }
        if (inTable) {
            html.append("</table>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String inline(String text) {
        String e = escape(text);
        return e.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
