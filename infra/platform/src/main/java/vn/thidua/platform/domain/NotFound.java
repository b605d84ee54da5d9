package vn.thidua.platform.domain;

/** Something addressed by id does not exist (or is not visible to the caller). */
public class NotFound extends RuntimeException {

    private final String kindVi;
    private final String kindEn;
    private final String id;

    public NotFound(String kindVi, String kindEn, String id) {
        super(kindEn + " " + id + " not found");
        this.kindVi = kindVi;
        this.kindEn = kindEn;
        this.id = id;
    }

    public String kindVi() { return kindVi; }
    public String kindEn() { return kindEn; }
    public String id() { return id; }
}
