/* tandem-collection.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-collection"

#include "config.h"

#include "tandem-collection-private.h"
#include "tandem-object-private.h"

/* An ordered list of objects owned by a workspace or by a parent object.  Only
 * the workspace changes it, and every change emits an exact items-changed. */
struct _TandemCollection
{
  GObject       parent_instance;

  GType         item_type;
  TandemObject *owner;   /* unowned: the owner holds the collection */
  GPtrArray    *items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TandemCollection, tandem_collection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
tandem_collection_get_item_type (GListModel *model)
{
  return TANDEM_COLLECTION (model)->item_type;
}

static guint
tandem_collection_get_n_items (GListModel *model)
{
  return TANDEM_COLLECTION (model)->items->len;
}

static gpointer
tandem_collection_get_item (GListModel *model,
                            guint       position)
{
  TandemCollection *self = TANDEM_COLLECTION (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tandem_collection_get_item_type;
  iface->get_n_items = tandem_collection_get_n_items;
  iface->get_item = tandem_collection_get_item;
}

static void
tandem_collection_dispose (GObject *object)
{
  TandemCollection *self = TANDEM_COLLECTION (object);

  for (guint i = 0; i < self->items->len; i++)
    _tandem_object_set_parent (g_ptr_array_index (self->items, i), NULL);
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (tandem_collection_parent_class)->dispose (object);
}

static void
tandem_collection_finalize (GObject *object)
{
  TandemCollection *self = TANDEM_COLLECTION (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (tandem_collection_parent_class)->finalize (object);
}

static void
tandem_collection_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TandemCollection *self = TANDEM_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_collection_class_init (TandemCollectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tandem_collection_dispose;
  object_class->finalize = tandem_collection_finalize;
  object_class->get_property = tandem_collection_get_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_collection_init (TandemCollection *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

TandemCollection *
_tandem_collection_new (GType         item_type,
                        TandemObject *owner)
{
  TandemCollection *self = g_object_new (TANDEM_TYPE_COLLECTION, NULL);

  self->item_type = item_type;
  self->owner = owner;
  return self;
}

/**
 * tandem_collection_get_owner:
 *
 * Returns: (transfer none): the workspace or object the items belong to.
 */
TandemObject *
tandem_collection_get_owner (TandemCollection *self)
{
  g_return_val_if_fail (TANDEM_IS_COLLECTION (self), NULL);

  return self->owner;
}

gboolean
tandem_collection_find (TandemCollection *self,
                        TandemObject     *object,
                        guint            *position)
{
  g_return_val_if_fail (TANDEM_IS_COLLECTION (self), FALSE);

  return g_ptr_array_find (self->items, object, position);
}

void
_tandem_collection_insert (TandemCollection *self,
                           guint             position,
                           TandemObject     *object)
{
  g_assert (TANDEM_IS_COLLECTION (self));
  g_assert (G_TYPE_CHECK_INSTANCE_TYPE (object, self->item_type));
  g_assert (position <= self->items->len);

  g_ptr_array_insert (self->items, position, g_object_ref (object));
  _tandem_object_set_parent (object, self->owner);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

void
_tandem_collection_remove (TandemCollection *self,
                           guint             position)
{
  g_assert (TANDEM_IS_COLLECTION (self));
  g_assert (position < self->items->len);

  _tandem_object_set_parent (g_ptr_array_index (self->items, position), NULL);
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}
