package vn.thidua.reporting.domain.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What one event of the organisation tree tells about one unit. */
public sealed interface UnitChange {

    String unitId();

    Instant at();

    /** The unit came into being (or was imported) under {@code parentId} on {@code openedOn}. */
    record Opened(String unitId, String parentId, String kind, String level, String name, String fullName,
                  List<String> groups, LocalDate openedOn, Instant at) implements UnitChange {
        public Opened {
            requireText(unitId, "unitId");
            requireText(kind, "kind");
            requireText(level, "level");
            Objects.requireNonNull(openedOn, "openedOn");
            Objects.requireNonNull(at, "at");
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** The unit changed its name. */
    record Renamed(String unitId, String name, String fullName, Instant at) implements UnitChange {
        public Renamed {
            requireText(unitId, "unitId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The unit's kind, level or groups changed (phân loại lại). */
    record Reclassified(String unitId, String kind, String level, List<String> groups, Instant at)
            implements UnitChange {
        public Reclassified {
            requireText(unitId, "unitId");
            requireText(kind, "kind");
            requireText(level, "level");
            Objects.requireNonNull(at, "at");
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /**
     * The unit (and its subtree) moved under {@code toParentId} ({@code null}: it became a root), from
     * {@code effectiveOn} (Vietnam's date of {@code at}: a move on the evening of 30 June UTC+7 takes effect then).
     */
    record Moved(String unitId, String toParentId, LocalDate effectiveOn, Instant at) implements UnitChange {
        public Moved {
            requireText(unitId, "unitId");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The unit closed (it existed until the day before {@code closedOn}), e.g. merged into {@code successorId}. */
    record Closed(String unitId, LocalDate closedOn, String successorId, Instant at) implements UnitChange {
        public Closed {
            requireText(unitId, "unitId");
            Objects.requireNonNull(closedOn, "closedOn");
            Objects.requireNonNull(at, "at");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is required");
    }
}
