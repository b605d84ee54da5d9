package vn.thidua.registration.domain.campaign;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.registration.domain.RuleViolations;
import vn.thidua.platform.domain.StateConflict;
import vn.thidua.platform.web.RuleMessages;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static vn.thidua.contracts.MilestoneKind.FINAL_REVIEW;
import static vn.thidua.contracts.MilestoneKind.PRELIMINARY_REVIEW;
import static vn.thidua.contracts.TargetComparison.AT_LEAST;
import static vn.thidua.contracts.TargetComparison.MORE_THAN;

/** Launch, amend and close a campaign (phong trào thi đua), and every way each can be refused. */
class CampaignTest {

    private static final String ID = "vinh-linh-2023-2025";
    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<CampaignWindow> windows() {
        return List.of(new CampaignWindow("Đợt 1", d("2023-03-01"), d("2023-08-31")),
                new CampaignWindow("Đợt 2 (mô hình phát sinh)", d("2023-09-01"), d("2024-02-29")));
    }

    private static List<CampaignMilestone> milestones() {
        return List.of(new CampaignMilestone(PRELIMINARY_REVIEW, "Sơ kết", d("2024-08-25")),
                new CampaignMilestone(FINAL_REVIEW, "Tổng kết", d("2025-12-31")));
    }

    private static List<CampaignTarget> targets() {
        return List.of(new CampaignTarget("agency", MORE_THAN, 80), new CampaignTarget("commune", AT_LEAST, 100),
                new CampaignTarget("village", MORE_THAN, 75));
    }

    private static LaunchCampaignCommand launch() {
        return new LaunchCampaignCommand(ID, "D464", "Dân vận khéo 2023 - 2025", "Kế hoạch của Ban Thường vụ Huyện ủy",
                2023, 2025, windows(), milestones(), targets(), 1);
    }

    private static LaunchCampaignCommand launchWith(List<CampaignWindow> windows, List<CampaignMilestone> milestones,
                                                    List<CampaignTarget> targets) {
        return new LaunchCampaignCommand(ID, "D464", "Dân vận khéo 2023 - 2025", null, 2023, 2025, windows, milestones,
                targets, 1);
    }

    private static CampaignLaunchedEvent launched() {
        return new CampaignLaunchedEvent(ID, "D464", "Dân vận khéo 2023 - 2025", "Kế hoạch của Ban Thường vụ Huyện ủy",
                2023, 2025, windows(), milestones(), targets(), 1);
    }

    private static AmendCampaignCommand amend() {
        return new AmendCampaignCommand(ID, "Dân vận khéo 2023 - 2025 (điều chỉnh)", null, windows(), milestones(),
                List.of(new CampaignTarget("agency", MORE_THAN, 85)), 2);
    }

    // ---- launch ----

    @Test
    void launchesCampaignWithItsWindowsMilestonesAndTargets() {
        fixture.givenNoPriorActivity()
                .when(launch())
                .expectSuccessfulHandlerExecution()
                .expectEvents(launched());
    }

    @Test
    void launchTidiesTextAndPutsWindowsAndMilestonesInDateOrder() {
        var command = new LaunchCampaignCommand(ID, " D464 ", "  Dân vận   khéo 2023 - 2025 ", "  ", 2023, 2025,
                List.of(windows().get(1), new CampaignWindow(" Đợt 1 ", d("2023-03-01"), d("2023-08-31"))),
                List.of(milestones().get(1), milestones().get(0)),
                List.of(new CampaignTarget(" Agency ", MORE_THAN, 80)), 1);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectEvents(new CampaignLaunchedEvent(ID, "D464", "Dân vận khéo 2023 - 2025", null, 2023, 2025,
                        windows(), milestones(), List.of(new CampaignTarget("agency", MORE_THAN, 80)), 1));
    }

    @Test
    void oneYearCampaignWithoutTargetsOrMilestonesIsFine() {
        var window = List.of(new CampaignWindow("Quý I - II", d("2020-01-01"), d("2020-06-30")));
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand("don-duong-2020", "D677", "Dân vận khéo 2020", null, 2020, 2020,
                        window, null, null, 1))
                .expectEvents(new CampaignLaunchedEvent("don-duong-2020", "D677", "Dân vận khéo 2020", null, 2020,
                        2020, window, List.of(), List.of(), 1));
    }

    @Test
    void rejectsLaunchMissingEverythingNamingEveryFieldAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand(ID, " ", " ", null, null, null, List.of(), null, null, null))
                .expectNoEvents()
                .expectException(violationNaming("organiserUnitId", "name", "startYear", "endYear",
                        "registrationWindows", "modelsPerUnitPerYear"));
    }

    @Test
    void rejectsCampaignIdThatIsNotAReadableSlug() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand("Vĩnh Linh 2023", "D464", "Dân vận khéo", null, 2023, 2025, windows(),
                        milestones(), targets(), 1))
                .expectNoEvents()
                .expectException(violationNaming("campaignId"));
    }

    @Test
    void rejectsEndYearBeforeStartYear() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand(ID, "D464", "Dân vận khéo", null, 2025, 2023, windows(), milestones(),
                        targets(), 1))
                .expectNoEvents()
                .expectException(violationNaming("endYear"));
    }

    @Test
    void rejectsYearsOutsideTheSupportedRangeAndOverlongPeriods() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand(ID, "D464", "Dân vận khéo", null, 1999, 2025, windows(), List.of(),
                        List.of(), 1))
                .expectException(violationNaming("startYear"));
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand(ID, "D464", "Dân vận khéo", null, 2021, 2035,
                        List.of(new CampaignWindow("Đợt 1", d("2021-01-01"), d("2021-06-30"))), List.of(), List.of(), 1))
                .expectNoEvents()
                .expectException(violationNaming("endYear"));
    }

    @Test
    void rejectsWindowDueBeforeItOpens() {
        fixture.givenNoPriorActivity()
                .when(launchWith(List.of(windows().get(0), new CampaignWindow("Đợt 2", d("2024-02-29"), d("2023-09-01"))),
                        milestones(), targets()))
                .expectNoEvents()
                .expectException(violationNaming("registrationWindows[1].dueOn"));
    }

    @Test
    void rejectsOverlappingWindowsNamingTheLaterOne() {
        fixture.givenNoPriorActivity()
                .when(launchWith(List.of(new CampaignWindow("Đợt 2", d("2023-08-31"), d("2024-02-29")),
                        new CampaignWindow("Đợt 1", d("2023-03-01"), d("2023-08-31"))), milestones(), targets()))
                .expectNoEvents()
                .expectException(violationNaming("registrationWindows[0].opensOn"));
    }

    @Test
    void rejectsWindowsWithTheSameNameOrMissingParts() {
        fixture.givenNoPriorActivity()
                .when(launchWith(List.of(windows().get(0), new CampaignWindow("đợt 1", d("2023-09-01"), null),
                        new CampaignWindow(" ", null, d("2024-06-30"))), milestones(), targets()))
                .expectNoEvents()
                .expectException(violationNaming("registrationWindows[1].name", "registrationWindows[1].dueOn",
                        "registrationWindows[2].name", "registrationWindows[2].opensOn"));
    }

    @Test
    void rejectsWindowsAndMilestonesOutsideThePeriodButAcceptsBothEnds() {
        // seed 004: windows and milestones fall inside 2023-2025; a window opening in 2022 is refused
        fixture.givenNoPriorActivity()
                .when(launchWith(List.of(new CampaignWindow("Đợt 1", d("2022-12-01"), d("2023-08-31")),
                                new CampaignWindow("Đợt 2", d("2025-09-01"), d("2026-01-15"))),
                        List.of(new CampaignMilestone(PRELIMINARY_REVIEW, "Sơ kết", d("2023-01-01")),
                                new CampaignMilestone(FINAL_REVIEW, "Tổng kết", d("2026-01-10"))),
                        targets()))
                .expectNoEvents()
                .expectException(violationNaming("registrationWindows[0].opensOn", "registrationWindows[1].dueOn",
                        "milestones[1].dueOn"));
    }

    @Test
    void rejectsIncompleteMilestones() {
        fixture.givenNoPriorActivity()
                .when(launchWith(windows(), List.of(new CampaignMilestone(null, " ", null)), targets()))
                .expectNoEvents()
                .expectException(violationNaming("milestones[0].kind", "milestones[0].title", "milestones[0].dueOn"));
    }

    @Test
    void rejectsPercentOutOfRangeAndMoreThanHundred() {
        fixture.givenNoPriorActivity()
                .when(launchWith(windows(), milestones(), List.of(new CampaignTarget("agency", MORE_THAN, 101),
                        new CampaignTarget("commune", AT_LEAST, -1), new CampaignTarget("village", MORE_THAN, 100))))
                .expectNoEvents()
                .expectException(violationNaming("coverageTargets[0].percent", "coverageTargets[1].percent",
                        "coverageTargets[2].percent"));
    }

    @Test
    void rejectsDuplicateUnitKindInTargets() {
        fixture.givenNoPriorActivity()
                .when(launchWith(windows(), milestones(), List.of(new CampaignTarget("commune", AT_LEAST, 100),
                        new CampaignTarget(" Commune", MORE_THAN, 90))))
                .expectNoEvents()
                .expectException(violationNaming("coverageTargets[1].unitKind"));
    }

    @Test
    void rejectsTargetsWithUnknownShapedKindOrMissingParts() {
        fixture.givenNoPriorActivity()
                .when(launchWith(windows(), milestones(), List.of(new CampaignTarget("xã, thị trấn", AT_LEAST, 100),
                        new CampaignTarget("village", null, null))))
                .expectNoEvents()
                .expectException(violationNaming("coverageTargets[0].unitKind", "coverageTargets[1].comparison",
                        "coverageTargets[1].percent"));
    }

    @Test
    void rejectsFewerThanOneModelPerUnitPerYear() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand(ID, "D464", "Dân vận khéo", null, 2023, 2025, windows(), milestones(),
                        targets(), 0))
                .expectNoEvents()
                .expectException(violationNaming("modelsPerUnitPerYear"));
    }

    @Test
    void rejectsBlankNameWithOtherProblemsTogether() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand(ID, "D464", "   ", null, 2023, 2025,
                        List.of(new CampaignWindow("Đợt 1", d("2023-08-31"), d("2023-03-01"))), milestones(),
                        List.of(new CampaignTarget("agency", MORE_THAN, 180)), 0))
                .expectNoEvents()
                .expectException(violationNaming("name", "registrationWindows[0].dueOn", "coverageTargets[0].percent",
                        "modelsPerUnitPerYear"));
    }

    @Test
    void launchViolationIsBilingual() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaignCommand(ID, "D464", "Dân vận khéo", null, 2025, 2023, windows(), milestones(),
                        targets(), 1))
                .expectException(new TypeSafeMatcher<RuleViolation>() {
                    @Override
                    protected boolean matchesSafely(RuleViolation v) {
                        var issue = v.fields().get(0);
                        return v.code().equals("invalid-campaign") && RuleMessages.get().text(issue, RuleMessages.VIETNAMESE).contains("năm bắt đầu")
                                && RuleMessages.get().text(issue, Locale.ENGLISH).contains("start year");
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("a bilingual invalid-campaign violation");
                    }
                });
    }

    // ---- amend ----

    @Test
    void amendsOpenCampaignWithCompleteNewContent() {
        fixture.given(launched())
                .when(amend())
                .expectEvents(new CampaignAmendedEvent(ID, "Dân vận khéo 2023 - 2025 (điều chỉnh)", null, windows(),
                        milestones(), List.of(new CampaignTarget("agency", MORE_THAN, 85)), 2));
    }

    @Test
    void amendmentChangingNothingRecordsNothing() {
        fixture.given(launched())
                .when(new AmendCampaignCommand(ID, " Dân vận khéo 2023 - 2025", "Kế hoạch của Ban Thường vụ Huyện ủy",
                        List.of(windows().get(1), windows().get(0)), milestones(), targets(), 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsAmendmentOfClosedCampaignAsStateConflict() {
        fixture.given(launched(), new CampaignClosedEvent(ID, null))
                .when(amend())
                .expectNoEvents()
                .expectException(violationNaming()) // no fields: the state forbids it (409)
                .expectException(worded(StateConflict.class, "The campaign is closed and can no longer be amended"));
    }

    @Test
    void rejectsInvalidAmendmentAgainstTheLaunchedPeriod() {
        fixture.given(launched())
                .when(new AmendCampaignCommand(ID, "", null,
                        List.of(new CampaignWindow("Đợt 3", d("2026-01-01"), d("2026-03-31"))),
                        List.of(new CampaignMilestone(MilestoneKind.OTHER, "Kỷ niệm", d("2022-06-16"))),
                        List.of(new CampaignTarget("agency", TargetComparison.AT_LEAST, 80),
                                new CampaignTarget("agency", TargetComparison.AT_LEAST, 90)), 0))
                .expectNoEvents()
                .expectException(violationNaming("name", "registrationWindows[0].opensOn",
                        "registrationWindows[0].dueOn", "milestones[0].dueOn", "coverageTargets[1].unitKind",
                        "modelsPerUnitPerYear"));
    }

    @Test
    void amendingBackToTheLaunchedContentAfterAnAmendmentIsAChange() {
        fixture.given(launched(), new CampaignAmendedEvent(ID, amend().name(), null, windows(), milestones(),
                        amend().coverageTargets(), 2))
                .when(new AmendCampaignCommand(ID, launched().name(), launched().description(), windows(),
                        milestones(), targets(), 1))
                .expectEvents(new CampaignAmendedEvent(ID, launched().name(), launched().description(), windows(),
                        milestones(), targets(), 1));
    }

    // ---- close ----

    @Test
    void closesWithOptionalReason() {
        fixture.given(launched())
                .when(new CloseCampaignCommand(ID, " Đã tổng kết giai đoạn 2023 - 2025 "))
                .expectEvents(new CampaignClosedEvent(ID, "Đã tổng kết giai đoạn 2023 - 2025"));
        fixture.given(launched())
                .when(new CloseCampaignCommand(ID, null))
                .expectEvents(new CampaignClosedEvent(ID, null));
    }

    @Test
    void rejectsClosingTwice() {
        fixture.given(launched(), new CampaignClosedEvent(ID, null))
                .when(new CloseCampaignCommand(ID, "lần nữa"))
                .expectNoEvents()
                .expectException(violationNaming())
                .expectException(worded(StateConflict.class, "The campaign is already closed"));
    }

    @Test
    void rejectsOverlongClosingReason() {
        fixture.given(launched())
                .when(new CloseCampaignCommand(ID, "x".repeat(1001)))
                .expectNoEvents()
                .expectException(violationNaming("reason"));
    }

    /** A rule violation naming exactly these fields, in this order (none: a state conflict). */
    /** A violation of the given kind whose English text (from the bundles) is {@code english}. */
    private static Matcher<RuleViolation> worded(Class<? extends RuleViolation> kind, String english) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return kind.isInstance(violation) && RuleMessages.get().text(violation, Locale.ENGLISH).equals(english);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(kind.getSimpleName() + " worded \"" + english + "\"");
            }
        };
    }

    private static Matcher<RuleViolation> violationNaming(String... fields) {
        return RuleViolations.naming(fields);
    }
}
