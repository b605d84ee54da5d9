package vn.thidua.registration.domain;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    private static final String VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.strings().withChars(VIETNAMESE_LETTERS.toCharArray()).withChars(' ', '\t', 'Đ', 'Ư', 'Ấ')
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars(VIETNAMESE_LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(30);
    }

    @Example
    void titlesThatDifferOnlyInDiacriticsCaseAndSpacingFoldTheSame() {
        assertThat(VietnameseText.fold("Dân vận khéo")).isEqualTo("dan van kheo");
        assertThat(VietnameseText.fold("  DÂN   VẬN KHÉO ")).isEqualTo("dan van kheo");
        assertThat(VietnameseText.fold("Đường làng ngõ xóm")).isEqualTo("duong lang ngo xom");
        assertThat(VietnameseText.fold("Dân vận khéo")).isNotEqualTo(VietnameseText.fold("Dân vận giỏi"));
    }

    @Property
    void foldIgnoresUnicodeFormAndCase(@ForAll("phrases") String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(text));
        assertThat(VietnameseText.fold(text.toUpperCase())).isEqualTo(VietnameseText.fold(text));
    }

    @Property
    void foldIsIdempotentAndPlainAscii(@ForAll("phrases") String text) {
        String folded = VietnameseText.fold(text);
        assertThat(VietnameseText.fold(folded)).isEqualTo(folded);
        assertThat(folded).matches("[a-z ]*").doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    }

    @Property
    void nfcIsStableAndKeepsTheLetters(@ForAll("words") String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo(Normalizer.normalize(word, Normalizer.Form.NFC));
        assertThat(VietnameseText.nfc(VietnameseText.nfc(decomposed))).isEqualTo(VietnameseText.nfc(decomposed));
    }
}
