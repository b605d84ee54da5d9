package vn.thidua.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.thidua.platform.health.MongoPingHealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The error format and the MongoDB health check, for every service's web layer (sign-in: SecurityPlatformAutoConfiguration). */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsAdvice.class)
public class WebPlatformAutoConfiguration {

    /** Address refusals as problem+json; Tomcat passes an encoded slash on so that the firewall refuses it so. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.security.web.firewall.RequestRejectedHandler")
    public RejectedRequests rejectedRequests(ObjectMapper json) {
        return new RejectedRequests(json);
    }

    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoTemplate.class)
    public MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
