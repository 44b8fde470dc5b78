/* tandem-column.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_COLUMN (tandem_column_get_type ())

G_DECLARE_FINAL_TYPE (TandemColumn, tandem_column, TANDEM, COLUMN, TandemObject)

TandemColumn *tandem_column_new (void);

G_END_DECLS
