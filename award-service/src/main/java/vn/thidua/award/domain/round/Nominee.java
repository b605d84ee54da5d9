package vn.thidua.award.domain.round;

import vn.thidua.award.domain.catalogue.RecipientKind;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Who a proposal is for: a recognised model ({@code modelId}), or a collective, individual or household (name,
 * position, unit) with or without a model. {@code unitId} is the unit the nominee belongs to.
 */
public record Nominee(RecipientKind recipientKind, String modelId, String name, String position, String unitId) {

    /** Two proposals of one key and form in one round are the same proposal. */
    public String key() {
        if (modelId != null && (name == null || name.isBlank())) return "model:" + modelId;
        String folded = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return recipientKind + ":" + unitId + ":" + folded + (modelId == null ? "" : ":" + modelId);
    }
}
