package vn.thidua.reporting.adapter.in.web.page;

import org.junit.jupiter.api.Test;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.target.TargetResult;
import vn.thidua.reporting.domain.unit.Unit;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageViewTest {

    private static List<Unit> units(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Unit.unknown("V%03d".formatted(i))).toList();
    }

    @Test
    void listsAtMostFiftyUnitsWithoutModelsAndCountsTheRest() {
        List<Unit> all = units(60);
        TargetResult result = new TargetResult(new PlanTarget("village", Comparison.MORE_THAN, 75), all,
                all.subList(0, 53));

        CoverageView.TargetRow row = CoverageView.row(result, Locale.forLanguageTag("vi"));

        assertThat(row.target()).isEqualTo("> 75 %");
        assertThat(row.units()).isEqualTo(60);
        assertThat(row.unitsWithModels()).isEqualTo(7);
        assertThat(row.percent()).isEqualTo("11,66 %");
        assertThat(row.metKey()).isEqualTo("coverage.met.no");
        assertThat(row.withoutModels()).hasSize(50).first().isEqualTo(new CoverageView.UnitRef("V001", "V001"));
        assertThat(row.withoutModelsCount()).isEqualTo(53);
        assertThat(row.unlisted()).isEqualTo(3);
    }

    @Test
    void atLeastIsShownAsGreaterOrEqualAndNoUnitsIsNeitherMetNorMissed() {
        TargetResult none = new TargetResult(new PlanTarget("commune", Comparison.AT_LEAST, 100), List.of(),
                List.of());

        CoverageView.TargetRow row = CoverageView.row(none, Locale.ENGLISH);

        assertThat(row.target()).isEqualTo("≥ 100 %");
        assertThat(row.percent()).isNull();
        assertThat(row.metKey()).isEqualTo("coverage.met.none");
        assertThat(row.unlisted()).isZero();
    }
}
