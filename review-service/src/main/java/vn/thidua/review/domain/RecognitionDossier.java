package vn.thidua.review.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The recognition dossier of seed 004 section 5: minutes of the review meeting and the submission (the authority's,
 * kept here), an achievement report confirmed by the grassroots party committee, two photos of the model and two
 * portraits (the unit's, from registration's dossier); for a comprehensive model also its criteria assessment.
 */
public final class RecognitionDossier {

    public static final String MINUTES = "minutes";
    public static final String SUBMISSION = "submission";
    public static final String ACHIEVEMENT_REPORT = "achievement-report";
    public static final String MODEL_PHOTOS = "model-photos";
    public static final String PORTRAITS = "portraits";
    public static final String CRITERIA = "criteria";
    public static final int PHOTOS_NEEDED = 2;
    public static final int PORTRAITS_NEEDED = 2;

    private RecognitionDossier() {
    }

    /**
     * What is missing, in the order of the seed, as codes.
     *
     * @param unitDocumentKinds the kinds of the documents in the model's dossier (one entry per document)
     */
    public static List<String> missing(Collection<String> unitDocumentKinds, Set<AuthorityDocumentKind> authority,
                                       boolean comprehensive, boolean criteriaAssessed) {
        List<String> missing = new ArrayList<>();
        if (!authority.contains(AuthorityDocumentKind.MINUTES)) missing.add(MINUTES);
        if (!authority.contains(AuthorityDocumentKind.SUBMISSION)) missing.add(SUBMISSION);
        if (count(unitDocumentKinds, "ACHIEVEMENT_REPORT") < 1) missing.add(ACHIEVEMENT_REPORT);
        if (count(unitDocumentKinds, "PHOTO") < PHOTOS_NEEDED) missing.add(MODEL_PHOTOS);
        if (count(unitDocumentKinds, "PORTRAIT") < PORTRAITS_NEEDED) missing.add(PORTRAITS);
        if (comprehensive && !criteriaAssessed) missing.add(CRITERIA);
        return missing;
    }

    private static long count(Collection<String> kinds, String kind) {
        return kinds.stream().filter(kind::equals).count();
    }
}
