package org.casecoordination.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading or paragraph of a text component. Form text is analyst-written markdown; we show it as escaped
 * text and honour only headings and paragraphs, so no markup from a form file reaches the page.
 *
 * @param level 1 to 6 for a heading, 0 for a paragraph
 * @param lines the lines of the block, without the heading marks
 */
public record TextBlock(int level, List<String> lines) {

    public TextBlock {
        lines = List.copyOf(lines);
    }

    public boolean isHeading() {
        return level > 0;
    }

    /** The block's lines joined with spaces, for headings. */
    public String text() {
        return String.join(" ", lines);
    }

    static List<TextBlock> parse(String markdown) {
        List<TextBlock> blocks = new ArrayList<>();
        if (markdown == null) {
            return blocks;
        }
        List<String> paragraph = new ArrayList<>();
        for (String raw : markdown.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            int level = headingLevel(line);
            if (line.isEmpty() || level > 0) {
                flush(paragraph, blocks);
            }
            if (level > 0) {
                blocks.add(new TextBlock(level, List.of(line.substring(level).strip())));
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        boolean heading = level >= 1 && level <= 6 && (line.length() == level || line.charAt(level) == ' ');
        return heading ? level : 0;
    }

    private static void flush(List<String> paragraph, List<TextBlock> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new TextBlock(0, paragraph));
            paragraph.clear();
        }
    }
}
