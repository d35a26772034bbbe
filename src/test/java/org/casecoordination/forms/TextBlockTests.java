package org.casecoordination.forms;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextBlockTests {

    @Test
    void splitsHeadingsAndParagraphs() {
        List<TextBlock> blocks = TextBlock.parse("# Title\nline one\nline two\n\n## Sub\n#not a heading\n\nlast");

        assertThat(blocks).containsExactly(new TextBlock(1, List.of("Title")),
                new TextBlock(0, List.of("line one", "line two")), new TextBlock(2, List.of("Sub")),
                new TextBlock(0, List.of("#not a heading")), new TextBlock(0, List.of("last")));
    }

    @Test
    void hasNoBlocksForNoText() {
        assertThat(TextBlock.parse(null)).isEmpty();
        assertThat(TextBlock.parse("\n\n")).isEmpty();
    }
}
