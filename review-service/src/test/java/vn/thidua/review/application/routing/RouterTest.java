package vn.thidua.review.application.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.review.domain.Routing;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The six rules of seed 004 section 3 with the bundled routing table, on Quảng Trị's tree as it stood on
 * 2025-03-01 (province → district Vĩnh Linh → town Hồ Xá) and on 2025-07-01 (no districts: province → commune).
 */
class RouterTest {

    static final LocalDate DISTRICT_ERA = LocalDate.of(2025, 3, 1);
    static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);

    static RoutingTable bundled() {
        try (InputStream in = RouterTest.class.getResourceAsStream("/routing/routing-table.json")) {
            return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, RoutingTable.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 2025-03-01: three tiers, with a commune's party committee, village, mass organisation and school. */
    static InMemoryOrganisationTree districtEraTree() {
        return new InMemoryOrganisationTree()
                .unit("45", null, "tỉnh", "Quảng Trị")
                .unit("D464", "45", "huyện", "Vĩnh Linh")
                .unit("W19363", "D464", "thị trấn", "Hồ Xá")
                .unit("W19363-DU", "W19363", "party-committee", "Đảng ủy thị trấn Hồ Xá")
                .unit("W19363-T01", "W19363", "village", "Khu phố 1")
                .unit("W19363-MT", "W19363", "mass-organisation", "Mặt trận Tổ quốc thị trấn Hồ Xá")
                .unit("W19363-CQ01", "W19363", "agency", "Trường Tiểu học Hồ Xá")
                .unit("W19363-CQ01-CB", "W19363-CQ01", "party-cell", "Chi bộ Trường Tiểu học Hồ Xá")
                .unit("D464-CQ05", "D464", "agency", "Phòng Giáo dục và Đào tạo")
                .unit("D464-CQ05-CB", "D464-CQ05", "party-cell", "Chi bộ Phòng Giáo dục và Đào tạo")
                .unit("D464-CQ09", "D464", "agency", "Trung tâm Y tế")
                .unit("D464-MT", "D464", "mass-organisation", "Hội Phụ nữ huyện Vĩnh Linh");
    }

    /** 2025-07-01: two tiers; the communes and agencies hang from the province. */
    static InMemoryOrganisationTree twoTierTree() {
        return new InMemoryOrganisationTree()
                .unit("45", null, "tỉnh", "Quảng Trị")
                .unit("C19363", "45", "xã", "Vĩnh Linh")
                .unit("C19363-DU", "C19363", "party-committee", "Đảng ủy xã Vĩnh Linh")
                .unit("C19363-T01", "C19363", "village", "Thôn Tân Mỹ")
                .unit("C19363-MT", "C19363", "mass-organisation", "Mặt trận Tổ quốc xã Vĩnh Linh")
                .unit("C19363-CQ01", "C19363", "agency", "Trường Tiểu học Vĩnh Linh")
                .unit("C19363-CQ01-CB", "C19363-CQ01", "party-cell", "Chi bộ Trường Tiểu học Vĩnh Linh")
                .unit("45-CQ05", "45", "agency", "Sở Giáo dục và Đào tạo")
                .unit("45-CQ05-CB", "45-CQ05", "party-cell", "Chi bộ Sở Giáo dục và Đào tạo")
                .unit("45-CQ09", "45", "agency", "Sở Y tế")
                .unit("45-MT", "45", "mass-organisation", "Hội Phụ nữ tỉnh Quảng Trị");
    }

    private static Routing routed(InMemoryOrganisationTree tree, String unitId, LocalDate day) {
        return routed(tree, unitId, null, day);
    }

    private static Routing routed(InMemoryOrganisationTree tree, String unitId, String managing, LocalDate day) {
        RouteResult result = new Router(bundled(), tree).route(unitId, managing, day);
        assertThat(result.routing()).as(result.reason()).isNotNull();
        return result.routing();
    }

    private static void goesTo(Routing routing, int rule, String authority) {
        assertThat(routing.rule()).as(routing.reason()).isEqualTo(rule);
        assertThat(routing.authorityUnitId()).as(routing.reason()).isEqualTo(authority);
        assertThat(routing.reason()).startsWith("Quy tắc " + rule + ": ").contains(authority);
    }

    @Test
    void rule1GrassrootsPartyCommitteeDecidesItselfOn20250301() {
        goesTo(routed(districtEraTree(), "W19363-DU", DISTRICT_ERA), 1, "W19363-DU");
        goesTo(routed(districtEraTree(), "W19363-T01", DISTRICT_ERA), 1, "W19363-DU");
    }

    @Test
    void rule1GrassrootsPartyCommitteeDecidesItselfOn20250701() {
        goesTo(routed(twoTierTree(), "C19363-DU", TWO_TIERS), 1, "C19363-DU");
        goesTo(routed(twoTierTree(), "C19363-T01", TWO_TIERS), 1, "C19363-DU");
    }

    @Test
    void rule2PartyCellGoesToTheDirectlySuperiorPartyCommitteeOn20250301() {
        goesTo(routed(districtEraTree(), "D464-CQ05-CB", DISTRICT_ERA), 2, "D464");
        goesTo(routed(districtEraTree(), "D464-CQ05", DISTRICT_ERA), 2, "D464");
        goesTo(routed(districtEraTree(), "W19363-CQ01-CB", DISTRICT_ERA), 2, "W19363-DU");
    }

    @Test
    void rule2PartyCellGoesToTheDirectlySuperiorPartyCommitteeOn20250701() {
        goesTo(routed(twoTierTree(), "45-CQ05-CB", TWO_TIERS), 2, "45");
        goesTo(routed(twoTierTree(), "45-CQ05", TWO_TIERS), 2, "45");
        goesTo(routed(twoTierTree(), "C19363-CQ01-CB", TWO_TIERS), 2, "C19363-DU");
    }

    @Test
    void rule3UnitWithoutPartyOrganisationGoesToItsManagingUnitOn20250301() {
        goesTo(routed(districtEraTree(), "D464-CQ09", DISTRICT_ERA), 3, "D464");
        goesTo(routed(districtEraTree(), "D464-CQ09", "D464-CQ05", DISTRICT_ERA), 3, "D464-CQ05");
    }

    @Test
    void rule3UnitWithoutPartyOrganisationGoesToItsManagingUnitOn20250701() {
        goesTo(routed(twoTierTree(), "45-CQ09", TWO_TIERS), 3, "45");
        goesTo(routed(twoTierTree(), "45-CQ09", "unknown-unit", TWO_TIERS), 3, "45");
    }

    @Test
    void rule4CommuneMassOrganisationGoesToTheCommunePartyCommitteeOn20250301() {
        goesTo(routed(districtEraTree(), "W19363-MT", DISTRICT_ERA), 4, "W19363-DU");
    }

    @Test
    void rule4CommuneMassOrganisationGoesToTheCommunePartyCommitteeOn20250701() {
        goesTo(routed(twoTierTree(), "C19363-MT", TWO_TIERS), 4, "C19363-DU");
    }

    @Test
    void rule5PartyOrganisationCollectiveGoesToTheSuperiorCommitteeOn20250301() {
        goesTo(routed(districtEraTree(), "W19363", DISTRICT_ERA), 5, "D464");
        goesTo(routed(districtEraTree(), "D464", DISTRICT_ERA), 5, "45");
    }

    @Test
    void rule5PartyOrganisationCollectiveGoesToTheSuperiorCommitteeOn20250701() {
        goesTo(routed(twoTierTree(), "C19363", TWO_TIERS), 5, "45");
    }

    @Test
    void rule6DistrictOrganisationGoesToTheDistrictBoardOn20250301() {
        goesTo(routed(districtEraTree(), "D464-MT", DISTRICT_ERA), 6, "D464");
    }

    @Test
    void rule6DistrictOrganisationGoesToTheProvincialBoardOn20250701() {
        goesTo(routed(twoTierTree(), "45-MT", TWO_TIERS), 6, "45");
        // a district-era organisation registering after the reform: the district rows no longer apply
        RouteResult late = new Router(bundled(), districtEraTree()).route("D464-MT", null, TWO_TIERS);
        assertThat(late.routing()).isNull();
        assertThat(late.reason()).contains("2025-07-01").contains("D464-MT");
    }

    @Test
    void aUnitNoRuleFitsWaitsForTheBoardWithTheReason() {
        RouteResult root = new Router(bundled(), districtEraTree()).route("45", null, DISTRICT_ERA);
        assertThat(root.routing()).isNull();
        assertThat(root.reason()).startsWith("Không quy tắc nào").contains("Quảng Trị");
        RouteResult unknown = new Router(bundled(), districtEraTree()).route("W99999", null, DISTRICT_ERA);
        assertThat(unknown.routing()).isNull();
        assertThat(unknown.reason()).contains("W99999");
    }

    @Test
    void aRuleWhoseAuthorityTheTreeLacksWaitsForTheBoard() {
        InMemoryOrganisationTree noCommittee = new InMemoryOrganisationTree()
                .unit("45", null, "tỉnh", "Quảng Trị").unit("C1", "45", "xã", "Cồn Tiên")
                .unit("C1-MT", "C1", "mass-organisation", "Mặt trận Tổ quốc xã Cồn Tiên");
        RouteResult result = new Router(bundled(), noCommittee).route("C1-MT", null, TWO_TIERS);
        assertThat(result.routing()).isNull();
        assertThat(result.reason()).startsWith("Quy tắc 4").contains("PARTY_COMMITTEE commune");
    }

    @Test
    void theBundledTableIsValidAndABrokenOneIsRefusedNamingItsFields() {
        RoutingTables.check(bundled());
        RoutingTable broken = new RoutingTable(bundled().levels(), "party-committee", List.of("party-cell"),
                List.of(new RoutingTable.Entry(7, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30), List.of(),
                        "ward", null, AuthorityRule.LEVEL, "county", " ")));
        assertThatThrownBy(() -> RoutingTables.check(broken)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.fields()).extracting(f -> f.field()).containsExactly("entries[0].rule",
                        "entries[0].unitKinds", "entries[0].within", "entries[0].authorityLevel",
                        "entries[0].validTo", "entries[0].description"));
        assertThatThrownBy(() -> RoutingTables.check(new RoutingTable(List.of(), null, List.of(), List.of())))
                .isInstanceOf(InvalidInput.class);
    }
}
