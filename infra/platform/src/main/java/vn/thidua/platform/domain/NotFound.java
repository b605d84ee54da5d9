package vn.thidua.platform.domain;

/**
 * Something addressed by id does not exist. Answered as one outside the caller's subtree (403), so ids cannot be
 * probed — except public reference data everyone may read (campaigns, units of the tree: {@link #referenceData}),
 * which is a 404 naming what was not found.
 */
public class NotFound extends RuntimeException {

    private final String kindVi;
    private final String kindEn;
    private final String id;
    private final boolean referenceData;

    public NotFound(String kindVi, String kindEn, String id) {
        this(kindVi, kindEn, id, false);
    }

    private NotFound(String kindVi, String kindEn, String id, boolean referenceData) {
        super(kindEn + " " + id + " not found");
        this.kindVi = kindVi;
        this.kindEn = kindEn;
        this.id = id;
        this.referenceData = referenceData;
    }

    /** An unknown item of data every signed-in role may read (no subtree to hide): a 404. */
    public static NotFound referenceData(String kindVi, String kindEn, String id) {
        return new NotFound(kindVi, kindEn, id, true);
    }

    public String kindVi() { return kindVi; }
    public String kindEn() { return kindEn; }
    public String id() { return id; }
    public boolean referenceData() { return referenceData; }
}
