package vn.thidua.registration.adapter.in.web.dossier;

import org.springframework.web.multipart.MultipartFile;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.application.dossier.UploadRejections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The two fields of an upload (REST and page alike), checked together so every bad field is named at once. */
record UploadForm(MultipartFile file, String kind) {

    static final String KINDS = Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.joining(", "));

    /** @throws InvalidInput naming {@code file} and/or {@code kind} */
    DocumentKind validKind() {
        List<FieldIssue> issues = new ArrayList<>();
        DocumentKind parsed = null;
        if (kind == null || kind.isBlank()) {
            issues.add(FieldIssue.of("kind", "document-kind-required", KINDS));
        } else {
            try {
                parsed = DocumentKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                issues.add(FieldIssue.of("kind", "one-of", KINDS));
            }
        }
        boolean noFile = file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
        if (noFile) issues.addAll(UploadRejections.missing().fields());
        if (issues.size() == 1 && noFile) throw UploadRejections.missing();
        if (!issues.isEmpty()) throw new InvalidInput(issues);
        return parsed;
    }
}
