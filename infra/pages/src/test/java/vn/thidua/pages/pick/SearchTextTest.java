package vn.thidua.pages.pick;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    private record Unit(String id, String name) {
    }

    private static final List<Unit> UNITS = List.of(new Unit("W19363", "Thị trấn Hồ Xá"),
            new Unit("W19369", "Xã Vĩnh Thái"), new Unit("D464", "Huyện Vĩnh Linh"), new Unit("W19390", "Xã Vĩnh Giang"),
            new Unit("W1", "Phường Đông Hà"));

    @Test
    void foldsDiacriticsCaseAndTheLetterDd() {
        assertThat(SearchText.fold("Thị trấn Hồ Xá")).isEqualTo("thi tran ho xa");
        assertThat(SearchText.fold("  ĐÔNG  Hà ")).isEqualTo("dong ha");
    }

    @Test
    void findsWithOrWithoutDiacriticsByTheStartsOfWords() {
        assertThat(best("ho xa")).containsExactly("W19363");
        assertThat(best("Hồ Xá")).containsExactly("W19363");
        assertThat(best("dong")).containsExactly("W1");
        assertThat(best("w1936")).containsExactlyInAnyOrder("W19363", "W19369");
        assertThat(best("inh")).isEmpty();
    }

    @Test
    void namesStartingWithTheFirstWordComeFirstThenShorterOnes() {
        assertThat(best("vinh")).containsExactly("W19369", "W19390", "D464");
        assertThat(best("xa vinh")).containsExactly("W19369", "W19390");
        assertThat(best("huyen")).containsExactly("D464");
    }

    @Test
    void aUnitsPathIsItsAncestorsThenItself() {
        assertThat(Choice.unit("W19363", "Thị trấn Hồ Xá", List.of("Tỉnh Quảng Trị", "Huyện Vĩnh Linh")).path())
                .isEqualTo("Tỉnh Quảng Trị › Huyện Vĩnh Linh › Thị trấn Hồ Xá");
    }

    private static List<String> best(String query) {
        return SearchText.best(query, UNITS, Unit::name, Unit::id, 10).stream().map(Unit::id).toList();
    }
}
