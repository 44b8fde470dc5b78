/* tandem-snapshot.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-snapshot"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-snapshot-entry.h"
#include "tandem-snapshot.h"

/* The roadmap frozen under a name; its date and author are its creation stamps. */
struct _TandemSnapshot
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemSnapshot, tandem_snapshot, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "name", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "description", .type = TANDEM_FIELD_TEXT },
};

static void
tandem_snapshot_class_init (TandemSnapshotClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "snapshot", "s",
                                      fields, G_N_ELEMENTS (fields), TANDEM_TYPE_SNAPSHOT_ENTRY);
}

static void
tandem_snapshot_init (TandemSnapshot *self)
{
}

TandemSnapshot *
tandem_snapshot_new (void)
{
  return g_object_new (TANDEM_TYPE_SNAPSHOT, NULL);
}
