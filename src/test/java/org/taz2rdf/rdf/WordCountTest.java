package org.taz2rdf.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** schema:wordCount counts the runs between white space that hold a letter or a digit. */
class WordCountTest {

    @Test
    void countsWordsAndNumbersButNotLonePunctuation() {
        assertThat(ArticleMapper.wordCount("Der Space – so heißt das Format – um 20 Uhr.")).isEqualTo(9);
    }

    @Test
    void treatsParagraphBreaksTabsAndRunsOfSpaceAsOneSeparator() {
        assertThat(ArticleMapper.wordCount("  eins\n\nzwei\tdrei   vier \r\n")).isEqualTo(4);
    }

    @Test
    void keepsWordsJoinedByANoBreakSpaceTogetherAsSplittingOnWhiteSpaceDoes() {
        assertThat(ArticleMapper.wordCount("20\u00A0Uhr Ortszeit")).isEqualTo(2);
    }

    @Test
    void countsNothingInEmptyText() {
        assertThat(ArticleMapper.wordCount("")).isZero();
        assertThat(ArticleMapper.wordCount(" … – ")).isZero();
    }
}
