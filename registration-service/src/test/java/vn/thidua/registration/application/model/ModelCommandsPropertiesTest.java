package vn.thidua.registration.application.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.contracts.RegistrationWindow;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.campaign.CampaignDirectory;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.registration.domain.VietnameseText;
import vn.thidua.registration.domain.model.ModelRules;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration check over generated inputs: any combination of mistakes is reported completely (exactly
 * the fields at fault, never a part of them), any valid input is accepted, and titles re-typed with other
 * diacritics, case, spacing or Unicode form are recognised as the same title.
 */
class ModelCommandsPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private static final Map<String, CampaignView> CAMPAIGNS = Map.of(
            "open", campaign("open", CampaignView.OPEN, LocalDate.of(2024, 12, 31)),
            "open-past-due", campaign("open-past-due", CampaignView.OPEN, LocalDate.of(2023, 8, 31)),
            "closed", campaign("closed", CampaignView.CLOSED, LocalDate.of(2023, 8, 31)));
    private static final Map<String, UnitView> UNITS = Map.of(
            "T45", unit("T45", null, List.of(), null),
            "D198", unit("D198", "T45", List.of("T45"), null),
            "W19390", unit("W19390", "D198", List.of("T45", "D198"), null),
            "TH1", unit("TH1", "W19390", List.of("T45", "D198", "W19390"), null),
            "W-OLD", unit("W-OLD", "D198", List.of("T45", "D198"), LocalDate.of(2023, 12, 31)));
    private static final Map<String, ModelView> MODELS = Map.of(
            "m-active", model("m-active", ModelView.REGISTERED),
            "m-withdrawn", model("m-withdrawn", ModelView.WITHDRAWN));

    private final ModelCommands registration = new ModelCommands(null,
            new CampaignDirectory(null) {
                @Override
                public Optional<CampaignView> find(String id) {
                    return Optional.ofNullable(CAMPAIGNS.get(id));
                }
            },
            new UnitQueries(null, null) {
                @Override
                public Optional<UnitView> find(String id) {
                    return Optional.ofNullable(UNITS.get(id));
                }
            },
            queries(MODELS), null,
            Clock.fixed(Instant.parse("2024-02-29T20:00:00Z"), ZoneOffset.UTC)); // 1 March 2024 03:00 in Vietnam

    private static RegistrationInput valid() {
        return new RegistrationInput("open", "W19390", null, RegistrantKind.COLLECTIVE, null, ModelNovelty.NEW,
                "Dân vận khéo trong xây dựng nông thôn mới", ModelField.NEW_RURAL_CONSTRUCTION, "Hiến đất làm đường",
                "Họp dân", "5 km đường", LocalDate.of(2024, 5, 1), null);
    }

    /** One mistake a unit can make, and the one field it must be reported on. */
    enum Mistake {
        CAMPAIGN_BLANK("campaignId", i -> with(i, "campaignId", " ")),
        CAMPAIGN_UNKNOWN("campaignId", i -> with(i, "campaignId", "no-such-campaign")),
        CAMPAIGN_CLOSED("campaignId", i -> with(i, "campaignId", "closed")),
        UNIT_BLANK("unitId", i -> with(i, "unitId", null)),
        UNIT_UNKNOWN("unitId", i -> with(i, "unitId", "X0")),
        UNIT_CLOSED("unitId", i -> with(i, "unitId", "W-OLD")),
        MANAGING_UNKNOWN("managingUnitId", i -> with(i, "managingUnitId", "X1")),
        MANAGING_SUBORDINATE("managingUnitId", i -> with(i, "managingUnitId", "TH1")),
        KIND_MISSING("registrantKind", i -> with(i, "registrantKind", null)),
        NAME_ON_COLLECTIVE("individual.fullName", i -> with(i, "individual", new IndividualRegistrant("Lê Văn B", null, null))),
        NOVELTY_MISSING("novelty", i -> with(i, "novelty", null)),
        TITLE_BLANK("title", i -> with(i, "title", "   ")),
        TITLE_TOO_SHORT("title", i -> with(i, "title", "ab")),
        TITLE_TOO_LONG("title", i -> with(i, "title", "đ".repeat(ModelRules.TITLE_MAX + 1))),
        FIELD_MISSING("field", i -> with(i, "field", null)),
        CONTENT_TOO_LONG("content", i -> with(i, "content", "x".repeat(ModelRules.TEXT_MAX + 1))),
        METHOD_TOO_LONG("method", i -> with(i, "method", "x".repeat(ModelRules.TEXT_MAX + 1))),
        RESULTS_TOO_LONG("expectedResults", i -> with(i, "expectedResults", "x".repeat(ModelRules.TEXT_MAX + 1))),
        START_BEFORE_2000("startDate", i -> with(i, "startDate", LocalDate.of(1999, 12, 31))),
        START_TOO_FAR("startDate", i -> with(i, "startDate", TODAY.plusYears(10).plusDays(1))),
        REPLICA_UNKNOWN("replicaOf", i -> with(i, "replicaOf", "m-none")),
        REPLICA_WITHDRAWN("replicaOf", i -> with(i, "replicaOf", "m-withdrawn"));

        final String field;
        final UnaryOperator<RegistrationInput> apply;

        Mistake(String field, UnaryOperator<RegistrationInput> apply) {
            this.field = field;
            this.apply = apply;
        }
    }

    @Provide
    Arbitrary<Set<Mistake>> mistakes() {
        // at most one mistake per field (two mistakes on one field leave only the last one)
        return Arbitraries.of(Mistake.class).set().ofMinSize(1).ofMaxSize(12)
                .filter(set -> set.stream().map(m -> m.field).distinct().count() == set.size())
                // individual data on a collective is a mistake only when the kind is known
                .filter(set -> !(set.contains(Mistake.NAME_ON_COLLECTIVE) && set.contains(Mistake.KIND_MISSING)))
                // a managing-unit mistake is judged against a known unit
                .filter(set -> set.stream().noneMatch(m -> m.field.equals("managingUnitId"))
                        || set.stream().noneMatch(m -> m.field.equals("unitId")));
    }

    @Property(tries = 300)
    void everyMistakeIsReportedOnItsFieldAndNothingElse(@ForAll("mistakes") Set<Mistake> mistakes) {
        RegistrationInput input = valid();
        for (Mistake mistake : mistakes) input = mistake.apply.apply(input);

        List<FieldIssue> issues = registration.check(input).issues();

        Set<String> expected = mistakes.stream().map(m -> m.field).collect(Collectors.toSet());
        assertThat(issues.stream().map(FieldIssue::field).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(issues).allSatisfy(issue -> {
            assertThat(RuleMessages.get().text(issue, RuleMessages.VIETNAMESE)).isNotBlank().doesNotStartWith("field.");
            assertThat(RuleMessages.get().text(issue, Locale.ENGLISH)).isNotBlank().doesNotStartWith("field.");
        });
        assertThat(issues.stream().map(FieldIssue::field).toList())
                .isSortedAccordingTo(java.util.Comparator.comparingInt(f -> ModelRules.FIELD_ORDER.indexOf(f)));
    }

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.strings().withChars(LETTERS.toCharArray()).withChars(' ', 'Đ', 'Â', '-', '"')
                .ofMinLength(ModelRules.TITLE_MIN).ofMaxLength(ModelRules.TITLE_MAX)
                .filter(t -> t.strip().length() >= ModelRules.TITLE_MIN && t.strip().replaceAll("\\s+", " ").length() >= ModelRules.TITLE_MIN);
    }

    @Provide
    Arbitrary<RegistrationInput> validInputs() {
        Arbitrary<String> text = Arbitraries.strings().withChars(LETTERS.toCharArray()).withChars(' ', '\n', '.', ',')
                .ofMaxLength(ModelRules.TEXT_MAX).injectNull(0.2);
        Arbitrary<String> name = Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(ModelRules.NAME_MAX);
        Arbitrary<IndividualRegistrant> individual = Combinators.combine(name, name, name)
                .as(IndividualRegistrant::new);
        Arbitrary<LocalDate> start = Arbitraries.longs().between(ModelRules.EARLIEST_START.toEpochDay(),
                TODAY.plusYears(ModelRules.LATEST_START_YEARS_AHEAD).toEpochDay())
                .map(LocalDate::ofEpochDay).injectNull(0.2);
        Arbitrary<ModelField> field = Arbitraries.of(EnumSet.complementOf(EnumSet.of(ModelField.OTHER)));
        return Combinators.combine(Arbitraries.of("open", "open-past-due"), Arbitraries.of("W19390", "D198", "TH1"),
                        Arbitraries.of(RegistrantKind.class), individual, Arbitraries.of(ModelNovelty.class), titles(),
                        field, Arbitraries.of(List.of(text, text, text)).flatMap(t -> t.list().ofSize(3)))
                .flatAs((campaign, unit, kind, person, novelty, title, f, texts) -> start.map(date ->
                        new RegistrationInput(campaign, unit, null, kind, kind == RegistrantKind.INDIVIDUAL ? person : null,
                                novelty, title, f, texts.get(0), texts.get(1), texts.get(2), date, null)));
    }

    @Property(tries = 200)
    void everyValidInputIsAccepted(@ForAll("validInputs") RegistrationInput input) {
        ModelCommands.Checked checked = registration.check(input);

        assertThat(checked.issues()).isEmpty();
        assertThat(checked.command().late()).isEqualTo(input.campaignId().equals("open-past-due"));
        assertThat(checked.command().managingUnitId()).isEqualTo(UNITS.get(input.unitId()).parentId());
    }

    @Example
    void anOtherFieldModelNeedsContentAndAManagingUnit() {
        RegistrationInput other = with(with(with(valid(), "field", ModelField.OTHER), "content", null), "unitId", "T45");
        assertThat(registration.check(other).issues()).extracting(FieldIssue::field)
                .containsExactly("managingUnitId", "content");
    }

    @Example
    void aManagingUnitOutsideTheLineIsAcceptedWhenItExistsAndIsNotTheUnitOrBelowIt() {
        assertThat(registration.check(with(valid(), "managingUnitId", "T45")).issues()).isEmpty();
        assertThat(registration.check(with(valid(), "managingUnitId", "W19390")).issues())
                .extracting(FieldIssue::field).containsExactly("managingUnitId");
    }

    @Example
    void registrationOnTheLastDueDateIsOnTimeAndTheDayAfterIsLate() {
        CampaignView dueToday = campaign("due-today", CampaignView.OPEN, TODAY);
        CampaignView dueYesterday = campaign("due-yesterday", CampaignView.OPEN, TODAY.minusDays(1));
        ModelCommands onDay = new ModelCommands(null, new CampaignDirectory(null) {
            @Override
            public Optional<CampaignView> find(String id) {
                return Optional.of(id.equals("due-today") ? dueToday : dueYesterday);
            }
        }, registrationUnits(), queries(Map.of()), null,
                Clock.fixed(Instant.parse("2024-02-29T17:00:00Z"), ZoneOffset.UTC));
        assertThat(onDay.check(with(valid(), "campaignId", "due-today")).command().late()).isFalse();
        assertThat(onDay.check(with(valid(), "campaignId", "due-yesterday")).command().late()).isTrue();
    }

    // ---- duplicate detection by folding ------------------------------------------------------------------

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(8).map(list -> String.join(" ", list));
    }

    @Property(tries = 300)
    void aTitleRetypedWithOtherDiacriticsCaseSpacingOrFormIsTheSameTitle(@ForAll("words") String title,
                                                                         @ForAll boolean upper, @ForAll boolean decompose,
                                                                         @ForAll boolean stripMarks, @ForAll boolean pad) {
        String retyped = upper ? title.toUpperCase() : title;
        if (decompose) retyped = Normalizer.normalize(retyped, Normalizer.Form.NFD);
        if (stripMarks) retyped = Normalizer.normalize(retyped, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        if (pad) retyped = "  " + retyped.replace(" ", "   ") + "\t";
        assertThat(VietnameseText.fold(retyped)).isEqualTo(VietnameseText.fold(title));
    }

    @Property(tries = 200)
    void titlesThatDifferInALetterAreDifferentTitles(@ForAll("words") String title, @ForAll int position) {
        int index = Math.floorMod(position, title.length());
        if (title.charAt(index) == ' ') index = index == 0 ? 1 : index - 1;
        if (index >= title.length() || title.charAt(index) == ' ') return;
        String base = VietnameseText.fold(String.valueOf(title.charAt(index)));
        String other = title.substring(0, index) + (base.equals("q") ? "k" : "q") + title.substring(index + 1);
        assertThat(VietnameseText.fold(other)).isNotEqualTo(VietnameseText.fold(title));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Look-ups of models only: no access checks without a guard. */
    private static ModelQueries queries(Map<String, ModelView> models) {
        InMemoryModelViewStore store = new InMemoryModelViewStore();
        models.values().forEach(store::save);
        return new ModelQueries(store, null, null);
    }

    private static UnitQueries registrationUnits() {
        return new UnitQueries(null, null) {
            @Override
            public Optional<UnitView> find(String id) {
                return Optional.ofNullable(UNITS.get(id));
            }
        };
    }

    private static CampaignView campaign(String id, String status, LocalDate due) {
        return new CampaignView(id, "T45", "Phong trào " + id, null, 2023, 2025,
                List.of(new RegistrationWindow("Đợt 1", LocalDate.of(2023, 1, 1), due)), List.of(), List.of(), 1,
                status, Instant.parse("2023-01-01T00:00:00Z"), null, null, null);
    }

    private static UnitView unit(String id, String parent, List<String> ancestors, LocalDate closedOn) {
        return new UnitView(id, parent, ancestors, "COMMUNE", "COMMUNE", "Đơn vị " + id, "Đơn vị " + id,
                VietnameseText.fold("Đơn vị " + id), List.of(), LocalDate.of(2000, 1, 1), closedOn, null);
    }

    private static ModelView model(String id, String status) {
        return new ModelView(id, "open", "W19390", "D198", RegistrantKind.COLLECTIVE, null, ModelNovelty.NEW,
                "Mô hình " + id, "mo hinh " + id, ModelField.ECONOMY, null, null, null, null, false, null, false,
                null, false, status, null, Instant.EPOCH, "u", 0, List.of(), null);
    }

    /** A copy of the input with one property replaced (by its field name). */
    static RegistrationInput with(RegistrationInput i, String property, Object value) {
        return new RegistrationInput(
                property.equals("campaignId") ? (String) value : i.campaignId(),
                property.equals("unitId") ? (String) value : i.unitId(),
                property.equals("managingUnitId") ? (String) value : i.managingUnitId(),
                property.equals("registrantKind") ? (RegistrantKind) value : i.registrantKind(),
                property.equals("individual") ? (IndividualRegistrant) value : i.individual(),
                property.equals("novelty") ? (ModelNovelty) value : i.novelty(),
                property.equals("title") ? (String) value : i.title(),
                property.equals("field") ? (ModelField) value : i.field(),
                property.equals("content") ? (String) value : i.content(),
                property.equals("method") ? (String) value : i.method(),
                property.equals("expectedResults") ? (String) value : i.expectedResults(),
                property.equals("startDate") ? (LocalDate) value : i.startDate(),
                property.equals("replicaOf") ? (String) value : i.replicaOf());
    }
}
