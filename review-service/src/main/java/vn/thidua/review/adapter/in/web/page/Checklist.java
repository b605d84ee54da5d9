package vn.thidua.review.adapter.in.web.page;

import vn.thidua.review.application.ReviewCaseView;
import vn.thidua.review.domain.RecognitionDossier;

import java.util.ArrayList;
import java.util.List;

/**
 * The recognition dossier of seed 004 §5 as a checklist: each item with whether the case has it (the case's
 * {@code missing} list names what it lacks); criteria only for a comprehensive model.
 */
public record Checklist(List<Item> items) {

    public record Item(String code, boolean present) {
    }

    public static Checklist of(ReviewCaseView view) {
        List<String> codes = new ArrayList<>(List.of(RecognitionDossier.MINUTES, RecognitionDossier.SUBMISSION,
                RecognitionDossier.ACHIEVEMENT_REPORT, RecognitionDossier.MODEL_PHOTOS, RecognitionDossier.PORTRAITS));
        if ("COMPREHENSIVE".equals(view.getField())) codes.add(RecognitionDossier.CRITERIA);
        return new Checklist(codes.stream().map(code -> new Item(code, !view.getMissing().contains(code))).toList());
    }

    public boolean complete() {
        return items.stream().allMatch(Item::present);
    }
}
