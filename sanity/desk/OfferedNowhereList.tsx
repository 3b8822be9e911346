/** @jsxImportSource react */
import { Badge, Card, Flex, Stack, Text } from '@sanity/ui';
import type { OFFERED_NOWHERE_QUERY_RESULT } from '../../src/content-source/sanity.types.ts';

const KIND: Record<string, string> = { program: 'Program', service: 'Service' };

export interface OfferedNowhereListProps {
  items: OFFERED_NOWHERE_QUERY_RESULT;
  /** Opens a program or service in the desk. */
  onOpen: (item: { _id: string; _type: string }) => void;
}

/**
 * Programs and services no open location offers, each saying whether site settings carry an organisation-wide
 * "not offered" note (what visitors see instead of a list of locations).
 */
export function OfferedNowhereList({ items, onOpen }: OfferedNowhereListProps) {
  if (items.length === 0)
    return (
      <Card padding={4}>
        <Text muted>Every program and service is offered at an open location.</Text>
      </Card>
    );
  return (
    <Stack as="ul" gap={1} padding={2} style={{ listStyle: 'none', margin: 0 }}>
      {items.map((item) => (
        <Card
          key={item._id}
          as="li"
          padding={3}
          radius={2}
          tone={item.orgWideNote ? 'default' : 'caution'}
          data-testid="offered-nowhere-item"
        >
          <Flex gap={3} align="center" justify="space-between">
            <Stack gap={2}>
              <Text size={1} weight="medium">
                <a href="#" onClick={(event) => (event.preventDefault(), onOpen(item))}>
                  {item.title ?? item._id}
                </a>
              </Text>
              <Text size={0} muted>
                {KIND[item._type] ?? item._type}
              </Text>
            </Stack>
            <Badge tone={item.orgWideNote ? 'positive' : 'caution'}>
              {item.orgWideNote ? 'Organisation-wide note' : 'No organisation-wide note'}
            </Badge>
          </Flex>
        </Card>
      ))}
    </Stack>
  );
}
