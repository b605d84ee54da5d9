package vn.thidua.review.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.review.domain.MeetingRules;

/** The review meeting's quorum and majority, as fractions ({@code thidua.review.meeting.*}, defaults 2/3 and 1/2). */
@Configuration(proxyBeanMethods = false)
public class ReviewConfiguration {

    @Bean
    public MeetingRules meetingRules(@Value("${thidua.review.meeting.quorum:2/3}") String quorum,
                                     @Value("${thidua.review.meeting.majority:1/2}") String majority) {
        int[] q = fraction("thidua.review.meeting.quorum", quorum);
        int[] m = fraction("thidua.review.meeting.majority", majority);
        return new MeetingRules(q[0], q[1], m[0], m[1]);
    }

    private static int[] fraction(String name, String value) {
        String[] parts = value.strip().split("/");
        try {
            int numerator = Integer.parseInt(parts[0].strip());
            int denominator = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : 0;
            if (parts.length == 2 && numerator >= 0 && denominator > 0 && numerator <= denominator) {
                return new int[] {numerator, denominator};
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalStateException(name + " must be a fraction n/d between 0 and 1, e.g. 2/3: " + value);
    }
}
