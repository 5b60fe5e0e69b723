package org.imagecatalog;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.Junit5Reporter;

/**
 * ApprovalTests settings: approved files live under src/test/resources, mirroring packages. A
 * mismatch fails as a JUnit assertion showing both texts, and never opens a diff tool: review the
 * {@code .received.} file's diff, then {@code make approve}.
 */
public class PackageSettings {
  public static String ApprovalBaseDirectory = "../resources";
  public static ApprovalFailureReporter UseReporter = new Junit5Reporter();
}
