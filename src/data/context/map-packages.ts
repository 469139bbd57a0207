import { z } from "zod";
import { defineTable } from "../table.ts";
import { flagsCell } from "../flags.ts";
import { optionalNumberCell, textCell } from "../cells.ts";

/** map_packages.csv: which npm packages ship which map geometry; every row rests on S53 (the registry). */
export const mapPackagesTable = defineTable({
  file: "map_packages.csv",
  schema: z.object({
    package: textCell,
    version: textCell,
    file: textCell,
    bytes: optionalNumberCell,
    format: textCell,
    ids: z.string().trim(),
    license: textCell,
    use: textCell,
    flag: flagsCell,
  }),
  flags: (r) => r.flag,
  sourceIds: () => ["S53"],
});

export type MapPackage = z.infer<typeof mapPackagesTable.schema>;
