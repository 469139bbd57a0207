import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { labelCell, optionalCountCell, optionalLabelCell, text } from "../cells.ts";

/** map_packages.csv: which npm packages ship which map geometry; every row rests on S53 (the registry). */
export const mapPackagesTable = defineTable({
  file: "map_packages.csv",
  schema: z.object({
    package: labelCell,
    version: text("code"),
    file: labelCell,
    bytes: optionalCountCell,
    format: labelCell,
    ids: optionalLabelCell,
    license: labelCell,
    use: labelCell,
    flag: flagsCell,
  }),
  keys: [["package", "version", "file"]],
  flags: (r) => r.flag,
  sourceIds: () => ["S53"],
});

export type MapPackage = z.infer<typeof mapPackagesTable.schema>;
