package dev.demarche.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of the model.
 *
 * <p>Generated implementations are package-private and hidden behind the abstract types: users see
 * only {@code Actor}, {@code Actor.builder()} and {@code Actor.of(...)}, never the generated class.
 * Collections are Guava immutable collections; absent values are {@link java.util.Optional}, never
 * {@code null}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    headerComments = false,
    // no @Generated on generated classes: it would need Immutables on users' class paths
    allowedClasspathAnnotations = {java.lang.Override.class})
@interface DemarcheStyle {}
