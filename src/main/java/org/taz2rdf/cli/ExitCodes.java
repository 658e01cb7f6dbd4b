package org.taz2rdf.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The exit codes a command can end with; its {@code --help} lists these and no others. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ExitCodes {
    ExitCode[] value();
}
