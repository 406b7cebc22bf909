package app.ponte.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the highlighter's marks are markup on the results page; anything else that looks like a tag is text. */
class SearchTextTest {

    @Test
    void keepsMarksAndEscapesEveryOtherTag() {
        assertThat(SearchText.onlyMarks("<mark>Fudan</mark> &amp; <script>alert(1)</script>"))
                .isEqualTo("<mark>Fudan</mark> &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(SearchText.onlyMarks("<mark onclick=x>a</mark>")).isEqualTo("&lt;mark onclick=x&gt;a</mark>");
    }
}
