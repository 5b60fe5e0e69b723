package org.imagecatalog;

/** ApprovalTests settings: approved files live under src/test/resources, mirroring packages. */
public class PackageSettings {
  public static String ApprovalBaseDirectory = "../resources";
}
