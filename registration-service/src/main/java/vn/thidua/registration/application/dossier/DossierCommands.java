package vn.thidua.registration.application.dossier;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.upload.ReceivedFile;
import vn.thidua.registration.application.model.ModelQueries;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.registration.domain.dossier.AttachDocumentCommand;
import vn.thidua.registration.domain.dossier.DocumentFormat;
import vn.thidua.registration.domain.dossier.Dossier;
import vn.thidua.registration.domain.dossier.FileNames;
import vn.thidua.registration.domain.dossier.RemoveDocumentCommand;

import java.io.InputStream;
import java.time.Clock;

/**
 * Uploads and removes the documents of a model's dossier (hồ sơ). An upload is checked (model, size, zip bomb,
 * content type), its bytes stored, and only then is {@link AttachDocumentCommand} sent, so an attached document
 * always has its bytes; bytes the dossier refuses are deleted again. The README tells the whole order.
 */
@Service
public class DossierCommands {

    private static final Logger log = LoggerFactory.getLogger(DossierCommands.class);

    private final CommandGateway commands;
    private final ModelQueries models;
    private final ContentInspector inspector;
    private final DossierFiles files;
    private final DossierProperties limits;
    private final Clock clock;

    public DossierCommands(CommandGateway commands, ModelQueries models, ContentInspector inspector,
                           DossierFiles files, DossierProperties limits, Clock clock) {
        this.commands = commands;
        this.models = models;
        this.inspector = inspector;
        this.files = files;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * @param uploadedName the name the file was uploaded under (only its sanitised form is kept)
     * @throws NotFound      unknown model
     * @throws RuleViolation any refusal
     */
    public DossierDocumentView attach(String modelId, DocumentKind kind, String uploadedName, InputStream content) {
        ModelView model = models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
        if (isWithdrawn(model)) throw Dossier.modelWithdrawn();
        try (ReceivedFile received = inspector.receive(content)) {
            DocumentFormat format = inspector.inspect(received.path());
            String fileName = FileNames.sanitise(uploadedName, format);
            String documentId = files.store(received.path(), fileName, format.mediaType(), modelId, kind,
                    received.sha256());
            sendOrForget(documentId, new AttachDocumentCommand(modelId, documentId, kind, fileName,
                    format.mediaType(), received.sizeBytes(), received.sha256(), limits.maxDossierSize().toBytes(),
                    false));
            log.info("Dossier of model {}: attached {} {} ({} bytes, {})", modelId, kind, documentId,
                    received.sizeBytes(), format.mediaType());
            return new DossierDocumentView(documentId, modelId, kind, fileName, format.mediaType(),
                    received.sizeBytes(), received.sha256(), clock.instant(),
                    CurrentCaller.get().map(Caller::userId).orElse(null));
        }
    }

    /** Refuses (403) unless the caller may change the model's dossier; checked before the upload is read. */
    public void requireUploader(String modelId) {
        models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
    }

    /** Removes a document from the dossier, then its bytes. */
    public void remove(String modelId, String documentId) {
        ModelView model = models.forChange(modelId, ModelView::unitId, Role.UNIT_OFFICER);
        send(documentId, new RemoveDocumentCommand(modelId, documentId, isWithdrawn(model)));
        files.delete(documentId);
    }

    /** Sends the attachment; if the dossier refuses it, its stored bytes go too (no orphans). */
    private void sendOrForget(String documentId, AttachDocumentCommand command) {
        try {
            send(documentId, command);
        } catch (RuntimeException refused) {
            files.delete(documentId);
            throw refused;
        }
    }

    /** The command bus wraps what a handler throws; give callers the refusal itself. */
    private void send(String documentId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            Throwable cause = e;
            for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
                if (cause instanceof RuleViolation || cause instanceof NotFound) throw (RuntimeException) cause;
                if (cause instanceof AggregateNotFoundException) {
                    throw new NotFound("tài liệu", "document", documentId); // no dossier yet: no such document
                }
            }
            throw e;
        }
    }

    private static boolean isWithdrawn(ModelView model) {
        return ModelView.WITHDRAWN.equals(model.status());
    }
}
