package vn.thidua.registration.domain.dossier;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.DocumentKind;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.web.RuleMessages;

import java.util.List;
import java.util.Locale;

class DossierTest {

    private static final String MODEL = "model-1";
    private static final long MB = 1024 * 1024;
    private static final long LIMIT = 100 * MB;
    private static final String PDF = DocumentFormat.PDF.mediaType();
    private static final String DOCX = DocumentFormat.DOCX.mediaType();
    private static final String PNG = DocumentFormat.PNG.mediaType();

    private AggregateTestFixture<Dossier> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Dossier.class);
    }

    private static AttachDocumentCommand attach(String documentId, DocumentKind kind, String name, String mediaType,
                                                long size, String sha256) {
        return new AttachDocumentCommand(MODEL, documentId, kind, name, mediaType, size, sha256, LIMIT, false);
    }

    private static DocumentAttachedEvent attached(String documentId, DocumentKind kind, String name, String mediaType,
                                                  long size, String sha256) {
        return new DocumentAttachedEvent(MODEL, documentId, kind, name, mediaType, size, sha256);
    }

    private static DocumentAttachedEvent form() {
        return attached("doc-1", DocumentKind.REGISTRATION_FORM, "Phiếu đăng ký Mẫu 1.pdf", PDF, 200_000, "aa11");
    }

    @Test
    void firstDocumentOpensTheDossier() {
        fixture.givenNoPriorActivity()
                .when(attach("doc-1", DocumentKind.REGISTRATION_FORM, "Phiếu đăng ký Mẫu 1.pdf", PDF, 200_000, "aa11"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(form());
    }

    @Test
    void furtherDocumentsJoinTheDossier() {
        fixture.given(form())
                .when(attach("doc-2", DocumentKind.PHOTO, "Ảnh mô hình.png", PNG, 50_000, "bb22"))
                .expectEvents(attached("doc-2", DocumentKind.PHOTO, "Ảnh mô hình.png", PNG, 50_000, "bb22"));
    }

    @Test
    void aRetriedAttachmentOfTheSameDocumentChangesNothing() {
        fixture.given(form())
                .when(attach("doc-1", DocumentKind.REGISTRATION_FORM, "Phiếu đăng ký Mẫu 1.pdf", PDF, 200_000, "aa11"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesEveryMissingPieceAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new AttachDocumentCommand(MODEL, " ", null, "", PDF, 10, null, LIMIT, false))
                .expectNoEvents()
                .expectException(violation("invalid-document", "documentId", "kind", "fileName", "sha256"));
    }

    @Test
    void refusesAnEmptyFile() {
        fixture.givenNoPriorActivity()
                .when(attach("doc-1", DocumentKind.EVIDENCE, "rỗng.pdf", PDF, 0, "e3b0"))
                .expectNoEvents()
                .expectException(violation("invalid-document", "file"));
    }

    @Test
    void refusesAFormatOutsideTheAcceptedOnes() {
        fixture.givenNoPriorActivity()
                .when(attach("doc-1", DocumentKind.EVIDENCE, "setup.exe", "application/x-msdownload", 4096, "cc33"))
                .expectNoEvents()
                .expectException(violation("invalid-document", "file"))
                .expectException(fieldWorded("not accepted"));
    }

    @Test
    void aPhotoMustBeAnImage() {
        fixture.given(form())
                .when(attach("doc-2", DocumentKind.PHOTO, "ảnh.pdf", PDF, 1000, "dd44"))
                .expectNoEvents()
                .expectException(violation("invalid-document", "file"))
                .expectException(fieldWorded("for a photo"));
    }

    @Test
    void aPortraitMustBeAnImageAndTheRecognitionDossiersKindsAreAccepted() {
        fixture.given(form())
                .when(attach("doc-2", DocumentKind.PORTRAIT, "chân dung.pdf", PDF, 1000, "dd44"))
                .expectNoEvents()
                .expectException(violation("invalid-document", "file"))
                .expectException(fieldWorded("for a portrait"));
        fixture.given(form())
                .when(attach("doc-2", DocumentKind.PORTRAIT, "chân dung.png", PNG, 2000, "ee55"))
                .expectEvents(attached("doc-2", DocumentKind.PORTRAIT, "chân dung.png", PNG, 2000, "ee55"));
        fixture.given(form())
                .when(attach("doc-2", DocumentKind.ACHIEVEMENT_REPORT, "Báo cáo thành tích.pdf", PDF, 3000, "ff66"))
                .expectEvents(attached("doc-2", DocumentKind.ACHIEVEMENT_REPORT, "Báo cáo thành tích.pdf", PDF,
                        3000, "ff66"));
    }

    @Test
    void refusesTheSameContentTwice() {
        fixture.given(form())
                .when(attach("doc-2", DocumentKind.EVIDENCE, "bản sao.pdf", PDF, 200_000, "aa11"))
                .expectNoEvents()
                .expectException(violation("duplicate-document", "file"));
    }

    @Test
    void refusesASecondRegistrationForm() {
        fixture.given(form())
                .when(attach("doc-2", DocumentKind.REGISTRATION_FORM, "Mẫu 1 bản mới.docx", DOCX, 30_000, "ee55"))
                .expectNoEvents()
                .expectException(violation("registration-form-exists"));
    }

    @Test
    void aNewRegistrationFormIsAcceptedOnceTheOldOneIsRemoved() {
        fixture.given(form(), new DocumentRemovedEvent(MODEL, "doc-1", DocumentKind.REGISTRATION_FORM,
                        "Phiếu đăng ký Mẫu 1.pdf", 200_000, "aa11"))
                .when(attach("doc-2", DocumentKind.REGISTRATION_FORM, "Mẫu 1 bản mới.docx", DOCX, 30_000, "ee55"))
                .expectEvents(attached("doc-2", DocumentKind.REGISTRATION_FORM, "Mẫu 1 bản mới.docx", DOCX, 30_000,
                        "ee55"));
    }

    @Test
    void refusesADocumentThatWouldTakeTheDossierOverItsLimit() {
        fixture.given(attached("doc-1", DocumentKind.EVIDENCE, "a.pdf", PDF, 60 * MB, "f1"),
                        attached("doc-2", DocumentKind.EVIDENCE, "b.pdf", PDF, 30 * MB, "f2"))
                .when(attach("doc-3", DocumentKind.EVIDENCE, "c.pdf", PDF, 10 * MB + 1, "f3"))
                .expectNoEvents()
                .expectException(violation("dossier-too-large", "file"));
    }

    @Test
    void aDocumentThatExactlyFillsTheDossierIsAccepted() {
        fixture.given(attached("doc-1", DocumentKind.EVIDENCE, "a.pdf", PDF, 60 * MB, "f1"),
                        attached("doc-2", DocumentKind.EVIDENCE, "b.pdf", PDF, 30 * MB, "f2"))
                .when(attach("doc-3", DocumentKind.EVIDENCE, "c.pdf", PDF, 10 * MB, "f3"))
                .expectEvents(attached("doc-3", DocumentKind.EVIDENCE, "c.pdf", PDF, 10 * MB, "f3"));
    }

    @Test
    void removedDocumentsFreeTheirSpace() {
        fixture.given(attached("doc-1", DocumentKind.EVIDENCE, "a.pdf", PDF, 60 * MB, "f1"),
                        attached("doc-2", DocumentKind.EVIDENCE, "b.pdf", PDF, 30 * MB, "f2"),
                        new DocumentRemovedEvent(MODEL, "doc-1", DocumentKind.EVIDENCE, "a.pdf", 60 * MB, "f1"))
                .when(attach("doc-3", DocumentKind.EVIDENCE, "c.pdf", PDF, 50 * MB, "f3"))
                .expectEvents(attached("doc-3", DocumentKind.EVIDENCE, "c.pdf", PDF, 50 * MB, "f3"));
    }

    @Test
    void aWithdrawnModelsDossierCannotGainDocuments() {
        fixture.given(form())
                .when(new AttachDocumentCommand(MODEL, "doc-2", DocumentKind.EVIDENCE, "b.pdf", PDF, 10, "ab",
                        LIMIT, true))
                .expectNoEvents()
                .expectException(violation("model-withdrawn"));
    }

    @Test
    void aWithdrawnModelGetsNoDossierAtAll() {
        fixture.givenNoPriorActivity()
                .when(new AttachDocumentCommand(MODEL, "doc-1", DocumentKind.EVIDENCE, "b.pdf", PDF, 10, "ab",
                        LIMIT, true))
                .expectNoEvents()
                .expectException(violation("model-withdrawn"));
    }

    @Test
    void canRemoveADocument() {
        fixture.given(form())
                .when(new RemoveDocumentCommand(MODEL, "doc-1", false))
                .expectEvents(new DocumentRemovedEvent(MODEL, "doc-1", DocumentKind.REGISTRATION_FORM,
                        "Phiếu đăng ký Mẫu 1.pdf", 200_000, "aa11"));
    }

    @Test
    void removingAnUnknownDocumentIsNotFound() {
        fixture.given(form())
                .when(new RemoveDocumentCommand(MODEL, "doc-9", false))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void removingTwiceIsNotFound() {
        fixture.given(form(), new DocumentRemovedEvent(MODEL, "doc-1", DocumentKind.REGISTRATION_FORM,
                        "Phiếu đăng ký Mẫu 1.pdf", 200_000, "aa11"))
                .when(new RemoveDocumentCommand(MODEL, "doc-1", false))
                .expectNoEvents()
                .expectException(NotFound.class);
    }

    @Test
    void aWithdrawnModelsDossierCannotLoseDocuments() {
        fixture.given(form())
                .when(new RemoveDocumentCommand(MODEL, "doc-1", true))
                .expectNoEvents()
                .expectException(violation("model-withdrawn"));
    }

    /** A violation one of whose fields is worded, in English, with {@code fragment}. */
    private static Matcher<RuleViolation> fieldWorded(String fragment) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.fields().stream()
                        .anyMatch(issue -> RuleMessages.get().text(issue, Locale.ENGLISH).contains(fragment));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a field worded with ").appendValue(fragment);
            }
        };
    }

    /** A rule violation with this code naming exactly these fields (none: a state conflict). */
    private static Matcher<RuleViolation> violation(String code, String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(code)
                        && violation.fields().stream().map(RuleViolation.FieldIssue::field).toList().equals(List.of(fields))
                        && !RuleMessages.get().text(violation, RuleMessages.VIETNAMESE).isBlank()
                        && !RuleMessages.get().text(violation, Locale.ENGLISH).isBlank();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation ").appendValue(code).appendText(" naming fields ")
                        .appendValue(List.of(fields));
            }
        };
    }
}
