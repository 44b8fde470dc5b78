/* tandem-snapshot-entry.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-snapshot-entry"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-snapshot-entry.h"

/* One card as it was when a snapshot was taken (by value: the card may be gone since). */
struct _TandemSnapshotEntry
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemSnapshotEntry, tandem_snapshot_entry, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "card", .type = TANDEM_FIELD_ID, .required = TRUE },
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "status", .type = TANDEM_FIELD_ENUM, .enum_type = tandem_card_status_get_type },
  { .name = "column", .type = TANDEM_FIELD_ID },
  { .name = "column-title", .type = TANDEM_FIELD_STRING },
  { .name = "lane", .type = TANDEM_FIELD_ID },
  { .name = "lane-title", .type = TANDEM_FIELD_STRING },
  { .name = "rank", .type = TANDEM_FIELD_RANK },
  { .name = "target", .type = TANDEM_FIELD_TARGET },
  { .name = "score", .type = TANDEM_FIELD_DOUBLE },
};

static void
tandem_snapshot_entry_class_init (TandemSnapshotEntryClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "entry", "e",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_snapshot_entry_init (TandemSnapshotEntry *self)
{
}

TandemSnapshotEntry *
tandem_snapshot_entry_new (void)
{
  return g_object_new (TANDEM_TYPE_SNAPSHOT_ENTRY, NULL);
}
