/* tandem-task.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-task"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-task.h"

/* A checklist task of a launch, due a number of days before (negative) or after the launch. */
struct _TandemTask
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemTask, tandem_task, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "offset", .type = TANDEM_FIELD_INT, .min = -3650, .max = 3650 },
  { .name = "team", .type = TANDEM_FIELD_ENUM, .enum_type = tandem_team_get_type },
  { .name = "done", .type = TANDEM_FIELD_BOOLEAN },
};

static void
tandem_task_class_init (TandemTaskClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "task", "t",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_task_init (TandemTask *self)
{
}

TandemTask *
tandem_task_new (void)
{
  return g_object_new (TANDEM_TYPE_TASK, NULL);
}
