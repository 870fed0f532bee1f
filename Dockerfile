# syntax=docker/dockerfile:1
# Community Journeys: production image. Build: docker compose build (or docker build -t community-journeys .)

# 1. Build the production jar (Vaadin frontend bundle included; Node.js is fetched by the Vaadin plugin).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY src/ src/
COPY processes/ processes/
COPY forms/ forms/
RUN ./mvnw -B -Pproduction -DskipTests package \
    && cp target/community-journeys-*.jar /build/app.jar

# 2. Run it as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app journeys
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
USER journeys
ENV SPRING_PROFILES_ACTIVE=production \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
