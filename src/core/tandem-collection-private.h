/* tandem-collection-private.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-collection.h"

G_BEGIN_DECLS

TandemCollection *_tandem_collection_new    (GType             item_type,
                                             TandemObject     *owner);
void              _tandem_collection_insert (TandemCollection *self,
                                             guint             position,
                                             TandemObject     *object);
void              _tandem_collection_remove (TandemCollection *self,
                                             guint             position);

G_END_DECLS
