package vn.thidua.registration.application.model;

import vn.thidua.contracts.ModelField;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the models view lives (port; MongoDB in production): one document per model, keyed by its id. */
public interface ModelViewStore {

    Optional<ModelView> find(String modelId);

    /** Stores the view whole, replacing the one with its id. */
    void save(ModelView view);

    /** The models the filter and the scope let through, newest registration first, then by id; one page of them. */
    Page page(Filter filter, Scope scope, int page, int size);

    /** Models of the unit in the campaign whose folded title is {@code titleFolded} and that are not withdrawn. */
    List<ModelView> sameTitle(String campaignId, String unitId, String titleFolded);

    /** How many models of the scope are in each state (the home page's counts). */
    Tally tally(Scope scope);

    /** How many models of the scope are not withdrawn and not among {@code modelIds}. */
    long activeNotAmong(Scope scope, Set<String> modelIds);

    /**
     * Models by status; {@code awaitingConfirmation}: active "other" models whose content the managing unit has yet
     * to confirm; {@code supplementsOpen}: active models with a supplement request not yet answered.
     */
    record Tally(long registered, long recognized, long withdrawn, long awaitingConfirmation, long supplementsOpen) {
        public long total() {
            return registered + recognized + withdrawn;
        }
    }

    /**
     * What a filter of the list asks for, every part optional. {@code titleFolded} is a folded text the folded
     * title must contain.
     */
    record Filter(String campaignId, String unitId, ModelField field, String status, String titleFolded) {
    }

    /** One page of a list and the size of the whole list. */
    record Page(List<ModelView> items, long total) {
    }

    /**
     * Which models a reader may see: every model, or those of {@code units} and, when {@code alsoManaged}, those
     * managed by one of them (đơn vị quản lý trực tiếp).
     */
    record Scope(boolean everything, Set<String> units, boolean alsoManaged) {

        public static final Scope ALL = new Scope(true, Set.of(), false);
        public static final Scope NONE = new Scope(false, Set.of(), false);

        public boolean covers(ModelView view) {
            return everything || units.contains(view.unitId())
                    || alsoManaged && view.managingUnitId() != null && units.contains(view.managingUnitId());
        }
    }
}
