/* tandem-task.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_TASK (tandem_task_get_type ())

G_DECLARE_FINAL_TYPE (TandemTask, tandem_task, TANDEM, TASK, TandemObject)

TandemTask *tandem_task_new (void);

G_END_DECLS
