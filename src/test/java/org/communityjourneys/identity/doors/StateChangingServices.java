package org.communityjourneys.identity.doors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service methods that change state, found on the application's own beans (public methods of
 * the {@code service} packages that run in a writing transaction), and what happens when each
 * role calls them. A refused call must be refused for its role (an {@link AccessDeniedException})
 * and leave every table as it was; an allowed call must get past the role check (its arguments
 * here are made up, so it usually stops at the next check, and it runs in a transaction that is
 * rolled back whatever happens).
 */
final class StateChangingServices {

    /** Tables that other work writes in the background (mail, notifications, the audit trail, the engine's meters). */
    private static final Pattern BACKGROUND_TABLES = Pattern.compile(
            "event_publication.*|notification.*|mail.*|audit.*|act_ru_meter_log|act_ge_property|act_hi_.*|flyway_schema_history");

    private static final UUID PROBE_ID = UUID.fromString("0000d008-0000-4000-8000-00000000d008");

    private final ApplicationContext context;
    private final TransactionTemplate rolledBack;
    private final DataSource dataSource;

    /** One state-changing method of one bean, named "Class.method" as in the table. */
    record ServiceDoor(Object bean, Method method, String key) {
    }

    StateChangingServices(ApplicationContext context, PlatformTransactionManager transactions, DataSource dataSource) {
        this.context = context;
        this.rolledBack = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
    }

    List<ServiceDoor> doors() {
        Map<String, ServiceDoor> doors = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !isService(org.springframework.util.ClassUtils.getUserClass(type))) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> target = AopUtils.getTargetClass(bean);
            for (Method method : target.getDeclaredMethods()) {
                if (changesState(method, target)) {
                    String key = target.getSimpleName() + "." + method.getName();
                    doors.put(key + java.util.Arrays.toString(method.getParameterTypes()), new ServiceDoor(bean, method, key));
                }
            }
        }
        return new ArrayList<>(doors.values());
    }

    /** What is wrong with the service doors: rows missing or stale, and calls answered against the table. */
    List<String> sweep() {
        List<String> wrong = new ArrayList<>();
        List<ServiceDoor> doors = doors();
        Set<String> keys = new TreeSet<>();
        for (ServiceDoor door : doors) {
            keys.add(door.key());
            if (!DoorTable.SERVICE_METHODS.containsKey(door.key()) && !DoorTable.NOT_DOORS.containsKey(door.key())) {
                wrong.add("no row for the service method " + door.key());
            }
        }
        Set<String> rows = new TreeSet<>(DoorTable.SERVICE_METHODS.keySet());
        rows.addAll(DoorTable.NOT_DOORS.keySet());
        rows.removeAll(keys);
        rows.forEach(stale -> wrong.add("a row for a service method that no longer changes state: " + stale));

        Map<String, String> before = fingerprint();
        for (ServiceDoor door : doors) {
            Set<Who> allowed = DoorTable.SERVICE_METHODS.get(door.key());
            if (allowed == null) {
                continue;
            }
            for (Who who : Who.values()) {
                if (!allowed.contains(who)) {
                    Throwable answer = call(door, who);
                    if (!(answer instanceof AccessDeniedException)) {
                        wrong.add(door.key() + " as " + who + " was not refused for the role: " + describe(answer));
                    }
                }
            }
        }
        Map<String, String> after = fingerprint();
        before.forEach((table, rowsBefore) -> {
            if (!rowsBefore.equals(after.get(table))) {
                wrong.add("the refused calls changed the table " + table);
            }
        });

        for (ServiceDoor door : doors) {
            Set<Who> allowed = DoorTable.SERVICE_METHODS.get(door.key());
            for (Who who : allowed == null ? Set.<Who>of() : allowed) {
                Throwable answer = rolledBack.execute(status -> {
                    status.setRollbackOnly();
                    return call(door, who);
                });
                if (answer instanceof AccessDeniedException) {
                    wrong.add(door.key() + " as " + who + " was refused for the role: " + answer.getMessage());
                }
            }
        }
        return wrong;
    }

    /** Engine-only and internal methods that a class in a {@code ui} package calls. */
    List<String> calledFromScreens() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communityjourneys");
        List<String> calls = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.getPackageName().contains(".service")) {
                continue;
            }
            for (var method : type.getMethods()) {
                String key = type.getSimpleName() + "." + method.getName();
                if (!DoorTable.NOT_DOORS.containsKey(key)) {
                    continue;
                }
                for (JavaMethodCall call : method.getCallsOfSelf()) {
                    String caller = call.getOriginOwner().getPackageName();
                    if (caller.contains(".ui")) {
                        calls.add(key + " is called by " + call.getOriginOwner().getName() + " (" + DoorTable.NOT_DOORS.get(key) + ")");
                    }
                }
            }
        }
        return calls;
    }

    private Throwable call(ServiceDoor door, Who who) {
        SecurityContext saved = SecurityContextHolder.getContext();
        SecurityContext probe = SecurityContextHolder.createEmptyContext();
        probe.setAuthentication(authentication(who));
        SecurityContextHolder.setContext(probe);
        try {
            door.method().setAccessible(true);
            door.method().invoke(door.bean(), arguments(door.method(), probeUsername(who)));
            return null;
        } catch (InvocationTargetException thrown) {
            return thrown.getCause();
        } catch (IllegalAccessException unreachable) {
            return unreachable;
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    /**
     * The made-up person each role is signed in as. Every text argument is this name too, so a
     * method told who acts is told the caller: its role check, not a name mismatch, answers.
     */
    private static String probeUsername(Who who) {
        return "door-probe-" + who.demoUsername();
    }

    private static Authentication authentication(Who who) {
        return who.role().<Authentication>map(role -> new UsernamePasswordAuthenticationToken(probeUsername(who),
                null, AuthorityUtils.createAuthorityList(role.authority())))
                .orElseGet(() -> new AnonymousAuthenticationToken("door-probe", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    private static Object[] arguments(Method method, String caller) {
        Class<?>[] types = method.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == String.class ? caller : madeUp(types[i]);
        }
        return arguments;
    }

    /** A plausible value of a type that names nothing in the database. */
    private static Object madeUp(Class<?> type) {
        if (type == UUID.class) {
            return PROBE_ID;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == double.class || type == Double.class) {
            return 52.0;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (type == LocalDate.class) {
            return LocalDate.now();
        } else if (type == Instant.class) {
            return Instant.now();
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.now();
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.now();
        } else if (type == Duration.class) {
            return Duration.ofDays(1);
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type == byte[].class) {
            return new byte[0];
        } else if (List.class.isAssignableFrom(type) || type == Collection.class) {
            return List.of();
        } else if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        } else if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    private static String describe(Throwable answer) {
        return answer == null ? "it went through" : answer.getClass().getSimpleName() + ": " + answer.getMessage();
    }

    /** Rows of every table, hashed, except the ones written in the background. */
    private Map<String, String> fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                if (BACKGROUND_TABLES.matcher(name.toLowerCase(java.util.Locale.ROOT)).matches()) {
                    continue;
                }
                try (ResultSet hash = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' "
                        + "order by md5(t::text))), '') from \"" + name + "\" t")) {
                    hash.next();
                    tables.put(name, hash.getString(1));
                }
            }
        } catch (SQLException unreadable) {
            throw new IllegalStateException("could not read the tables to compare them", unreadable);
        }
        return tables;
    }

    private static boolean isService(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.startsWith("org.communityjourneys.") && packageName.contains(".service")
                && !packageName.contains(".service.delegate");
    }

    private static boolean changesState(Method method, Class<?> target) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) {
            return false;
        }
        Transactional transaction = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        if (transaction == null) {
            transaction = AnnotatedElementUtils.findMergedAnnotation(target, Transactional.class);
        }
        return transaction != null && !transaction.readOnly();
    }
}
