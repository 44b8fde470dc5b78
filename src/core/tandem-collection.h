/* tandem-collection.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-core-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_COLLECTION (tandem_collection_get_type ())

G_DECLARE_FINAL_TYPE (TandemCollection, tandem_collection, TANDEM, COLLECTION, GObject)

TandemObject *tandem_collection_get_owner (TandemCollection *self);
gboolean      tandem_collection_find      (TandemCollection *self,
                                           TandemObject     *object,
                                           guint            *position);

G_END_DECLS
