package pstudio.ui.help;

import java.util.ArrayList;
import java.util.List;

/**
 * The little Markdown the help pages are written in, parsed into blocks: headings ({@code #} to
 * {@code ###}), paragraphs, bullet lists ({@code - }, continued by indented lines), fenced code,
 * tables ({@code | a | b |} with a separator row) and notes ({@code > }). Nothing more is needed,
 * so no library is pulled in for it.
 */
final class HelpMarkdown {
    sealed interface Block permits Heading, Paragraph, Bullets, Code, Table, Note {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** {@code info} is what follows the opening fence ({@code groovy}), or empty. */
    record Code(String info, String text) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    record Note(String text) implements Block {
    }

    private HelpMarkdown() {
    }

    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                int j = i + 1;
                while (j < lines.length && !lines[j].startsWith("```")) {
                    code.append(code.length() > 0 ? "\n" : "").append(lines[j]);
                    j++;
                }
                blocks.add(new Code(line.substring(3).trim(), code.toString()));
                i = j + 1;
            } else if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                blocks.add(new Heading(Math.min(level, 3), line.substring(level).trim()));
                i++;
            } else if (line.startsWith("|")) {
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.length && lines[i].startsWith("|")) {
                    if (!lines[i].matches("\\|[\\s:|-]+\\|?\\s*")) {
                        rows.add(cells(lines[i]));
                    }
                    i++;
                }
                blocks.add(new Table(rows.get(0), rows.subList(1, rows.size())));
            } else if (line.startsWith(">")) {
                StringBuilder note = new StringBuilder();
                while (i < lines.length && lines[i].startsWith(">")) {
                    note.append(note.length() > 0 ? " " : "").append(lines[i].substring(1).trim());
                    i++;
                }
                blocks.add(new Note(note.toString()));
            } else if (line.startsWith("- ")) {
                List<String> items = new ArrayList<>();
                while (i < lines.length && (lines[i].startsWith("- ") || lines[i].startsWith("  ") && !items.isEmpty())) {
                    if (lines[i].startsWith("- ")) {
                        items.add(lines[i].substring(2).trim());
                    } else {
                        items.set(items.size() - 1, items.get(items.size() - 1) + " " + lines[i].trim());
                    }
                    i++;
                }
                blocks.add(new Bullets(items));
            } else {
                StringBuilder paragraph = new StringBuilder();
                while (i < lines.length && !lines[i].isBlank() && !startsBlock(lines[i])) {
                    paragraph.append(paragraph.length() > 0 ? " " : "").append(lines[i].trim());
                    i++;
                }
                blocks.add(new Paragraph(paragraph.toString()));
            }
        }
        return blocks;
    }

    private static boolean startsBlock(String line) {
        return line.startsWith("```") || line.startsWith("#") || line.startsWith("|") || line.startsWith(">")
                || line.startsWith("- ");
    }

    private static List<String> cells(String row) {
        String inner = row.trim();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        // a | inside `code` belongs to the code, not the table
        for (char c : inner.toCharArray()) {
            if (c == '`') {
                inCode = !inCode;
            }
            if (c == '|' && !inCode) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    /** A run of inline text in one style. */
    record Span(String text, Style style) {
    }

    enum Style { PLAIN, BOLD, ITALIC, CODE }

    /** Inline `code`, **bold** and *italic*; anything unmatched stays as typed. */
    static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String marker = c == '`' ? "`" : text.startsWith("**", i) ? "**" : c == '*' ? "*" : null;
            int end = marker == null ? -1 : text.indexOf(marker, i + marker.length());
            if (end >= 0) {
                if (plain.length() > 0) {
                    spans.add(new Span(plain.toString(), Style.PLAIN));
                    plain.setLength(0);
                }
                Style style = marker.equals("`") ? Style.CODE : marker.equals("**") ? Style.BOLD : Style.ITALIC;
                spans.add(new Span(text.substring(i + marker.length(), end), style));
                i = end + marker.length();
            } else {
                plain.append(c);
                i++;
            }
        }
        if (plain.length() > 0) {
            spans.add(new Span(plain.toString(), Style.PLAIN));
        }
        return spans;
    }
}
