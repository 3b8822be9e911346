/** @jsxImportSource react */
import { Card, Spinner, Stack, Text } from '@sanity/ui';
import { useEffect, useState } from 'react';
import { useClient } from 'sanity';
import { useRouter } from 'sanity/router';
import type { OFFERED_NOWHERE_QUERY_RESULT } from '../../src/content-source/sanity.types.ts';
import { OFFERED_NOWHERE_QUERY } from '../lib/editor-queries.ts';
import { unlessAborted } from '../lib/fetch-failure.ts';
import { API_VERSION } from '../lib/validation.ts';
import { OfferedNowhereList } from './OfferedNowhereList.tsx';

/** The "Offered nowhere" desk pane: runs OFFERED_NOWHERE_QUERY over drafts and lists the result. */
export function OfferedNowherePane() {
  const client = useClient({ apiVersion: API_VERSION });
  const router = useRouter();
  const [items, setItems] = useState<OFFERED_NOWHERE_QUERY_RESULT>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    client
      .fetch(OFFERED_NOWHERE_QUERY, {}, { perspective: 'drafts', signal: controller.signal })
      .then(setItems)
      .catch(unlessAborted(controller, setError));
    return () => controller.abort();
  }, [client]);

  if (error)
    return (
      <Card tone="critical" padding={4}>
        <Text size={1}>Could not load the list: {error}</Text>
      </Card>
    );
  if (!items)
    return (
      <Stack padding={4}>
        <Spinner muted />
      </Stack>
    );
  return (
    <OfferedNowhereList
      items={items}
      onOpen={({ _id, _type }) => router.navigateIntent('edit', { id: _id, type: _type })}
    />
  );
}
