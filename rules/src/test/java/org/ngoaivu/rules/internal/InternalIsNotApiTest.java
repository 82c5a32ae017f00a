package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.rules.DroolsEngineProvider;

/** The implementation package shows hosts one type, which offers nothing an engine from the builder does not. */
class InternalIsNotApiTest {

    @Test
    void theOnlyPublicTypeIsTheEngineAndItsOnlyExtraIsItsFactory() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes/org/ngoaivu/rules/internal");
        List<String> publicTypes;
        try (Stream<Path> files = Files.list(classes)) {
            publicTypes = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.contains("$") && !n.equals("package-info.class"))
                    .map(n -> "org.ngoaivu.rules.internal." + n.substring(0, n.length() - ".class".length()))
                    .filter(n -> isPublic(n)).toList();
        }
        assertThat(publicTypes).containsExactly(DroolsComplianceEngine.class.getName());
        List<String> beyondTheInterface = Arrays.stream(DroolsComplianceEngine.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !declaredBy(ComplianceEngine.class, m))
                .map(Method::getName).toList();
        assertThat(beyondTheInterface).containsExactly("create");
        assertThat(Modifier.isPublic(DroolsEngineProvider.class.getModifiers())).as("the service provider").isTrue();
    }

    private static boolean isPublic(String className) {
        try {
            return Modifier.isPublic(Class.forName(className).getModifiers());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean declaredBy(Class<?> type, Method m) {
        try {
            type.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
