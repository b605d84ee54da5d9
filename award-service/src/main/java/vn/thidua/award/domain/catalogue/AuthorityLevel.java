package vn.thidua.award.domain.catalogue;

import java.util.List;

/**
 * A level of issuing authority (cấp khen thưởng), higher {@code rank} above lower; a council's level is that of
 * its unit, found by the unit's kind among {@code unitKinds}.
 */
public record AuthorityLevel(String code, String name, int rank, List<String> unitKinds) {

    public AuthorityLevel {
        unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
    }
}
