package vn.thidua.reporting.domain;

/**
 * What a model's registration (đăng ký mô hình) says about it, beyond its identity, as registered. Enum values are
 * kept as their names. The title and field may later be amended: the current ones are {@link ModelDetails}.
 * The components after {@code registrantKind} came with later versions of the event and may be {@code null}.
 *
 * @param late      registered after the campaign's last registration window closed (đăng ký muộn)
 * @param replicaOf the model this one replicates (nhân rộng từ mô hình), if any
 */
public record Registration(String title, String field, String registrantKind, String managingUnitId,
                           String novelty, Boolean late, String replicaOf) {

    /** The first published shape of a registration. */
    public Registration(String title, String field, String registrantKind) {
        this(title, field, registrantKind, null, null, null, null);
    }

    public boolean isLate() {
        return Boolean.TRUE.equals(late);
    }

    public boolean isReplica() {
        return replicaOf != null && !replicaOf.isBlank();
    }
}
