package vn.thidua.registration.domain.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.contracts.DocumentKind;

/**
 * Đính kèm tài liệu: a document whose bytes are already stored (under {@code documentId}) joins the model's
 * dossier. The caller states what the rules need from outside the dossier: the size limit in force and
 * whether the model has been withdrawn (rút đăng ký), as the model's view says.
 *
 * @param fileName  already sanitised ({@link FileNames})
 * @param mediaType detected from the content
 */
public record AttachDocumentCommand(String modelId, String documentId, DocumentKind kind,
                                    String fileName, String mediaType, long sizeBytes, String sha256,
                                    long maxDossierBytes, boolean modelWithdrawn) {

    @TargetAggregateIdentifier
    public String dossierId() {
        return Dossier.idOf(modelId);
    }
}
