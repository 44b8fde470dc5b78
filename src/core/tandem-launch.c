/* tandem-launch.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-launch"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-task.h"
#include "tandem-launch.h"

/* A launch: a date and tier, the cards it brings to market, channels and a checklist (its tasks). */
struct _TandemLaunch
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemLaunch, tandem_launch, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "date", .type = TANDEM_FIELD_DATE, .required = TRUE },
  { .name = "tier", .type = TANDEM_FIELD_INT, .min = 1, .max = 3 },
  { .name = "status", .type = TANDEM_FIELD_ENUM, .enum_type = tandem_launch_status_get_type },
  { .name = "pmm", .type = TANDEM_FIELD_REF, .ref_kind = "person" },
  { .name = "notes", .type = TANDEM_FIELD_TEXT },
  { .name = "cards", .type = TANDEM_FIELD_REF_LIST, .ref_kind = "card", .item = "linked-card" },
  { .name = "channels", .type = TANDEM_FIELD_LIST, .item = "channel" },
  /* The day the launch got its date: lead time is counted from it. */
  { .name = "scheduled", .type = TANDEM_FIELD_DATE },
};

static void
tandem_launch_class_init (TandemLaunchClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "launch", "n",
                                      fields, G_N_ELEMENTS (fields), TANDEM_TYPE_TASK);
}

static void
tandem_launch_init (TandemLaunch *self)
{
}

TandemLaunch *
tandem_launch_new (void)
{
  return g_object_new (TANDEM_TYPE_LAUNCH, NULL);
}
