package vn.thidua.reporting.adapter.out.mongo;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Routes Spring Boot's MongoDB database factory through {@link ProjectionDatabases}: the database every
 * {@code MongoTemplate} of the service uses is the current generation's.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionDatabaseConfig {

    @Bean
    ProjectionDatabases projectionDatabases(MongoClient client, MongoProperties properties) {
        return new ProjectionDatabases(client, properties.getMongoClientDatabase());
    }

    @Bean
    static BeanPostProcessor projectionDatabaseRouting(ObjectProvider<ProjectionDatabases> databases) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof MongoDatabaseFactory factory && !(bean instanceof Routing)) {
                    return new Routing(factory, databases.getObject());
                }
                return bean;
            }
        };
    }

    /** The factory as Spring Boot made it, with the default database the current generation's. */
    record Routing(MongoDatabaseFactory factory, ProjectionDatabases databases) implements MongoDatabaseFactory {

        @Override
        public MongoDatabase getMongoDatabase() {
            return factory.getMongoDatabase(databases.current());
        }

        @Override
        public MongoDatabase getMongoDatabase(String dbName) {
            return factory.getMongoDatabase(dbName);
        }

        @Override
        public PersistenceExceptionTranslator getExceptionTranslator() {
            return factory.getExceptionTranslator();
        }

        @Override
        public ClientSession getSession(ClientSessionOptions options) {
            return factory.getSession(options);
        }

        @Override
        public MongoDatabaseFactory withSession(ClientSession session) {
            return factory.withSession(session);
        }
    }
}
