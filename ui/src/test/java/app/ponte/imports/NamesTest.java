package app.ponte.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldsCaseAccentsPunctuationAndLegalForms() {
        assertThat(Names.key("Città della Scienza")).isEqualTo(Names.key("CITTA' DELLA SCIENZA"));
        assertThat(Names.key("Bracco Sine Pharmaceutical Corp.")).isEqualTo("bracco sine pharmaceutical");
        assertThat(Names.key("Alisei S.p.A.")).isEqualTo(Names.key("ALISEI SpA")).isEqualTo("alisei");
        assertThat(Names.key("Acme GmbH")).isEqualTo(Names.key("Acme Ltd")).isEqualTo(Names.key("acme, inc."));
    }

    @Test
    void readsChineseNamesInLatinLetters() {
        assertThat(Names.tokens("复旦大学")).containsExactly("fudan", "university");
        assertThat(Names.similarity(Names.tokens("复旦大学"), Names.tokens("Fudan University"))).isEqualTo(1.0);
        assertThat(Names.nativeKey("博莱科信谊药业有限公司")).isEqualTo(Names.nativeKey("博莱科信谊药业"));
        assertThat(Names.similarity(Names.tokens("上海科技大学"), Names.tokens("ShanghaiTech University")))
                .isGreaterThan(0.85);
    }

    @Test
    void scoresMisspellingsHighAndOtherNamesLow() {
        assertThat(Names.similarity(Names.tokens("Universita degli Studi di Torino"),
                Names.tokens("Università di Torino"))).isGreaterThan(0.9);
        assertThat(Names.similarity(Names.tokens("Fudan Univeristy"), Names.tokens("Fudan University")))
                .isGreaterThan(0.9);
        assertThat(Names.similarity(Names.tokens("Fudan University"), Names.tokens("Tongji University")))
                .isLessThan(0.9);
    }

    @Test
    void readsDomainsFromWebsites() {
        assertThat(Names.domain("https://www.fudan.edu.cn/en/")).isEqualTo("fudan.edu.cn");
        assertThat(Names.domain("WWW.FUDAN.EDU.CN")).isEqualTo("fudan.edu.cn");
        assertThat(Names.domain("fudan")).isNull();
        assertThat(Names.website("www.fudan.edu.cn")).isEqualTo("https://www.fudan.edu.cn");
    }
}
